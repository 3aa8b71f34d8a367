package de.willkommensakademie.learning;

public enum LessonType {
    TEXT, VIDEO, IMAGE, QUIZ
}
