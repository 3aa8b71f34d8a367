package de.willkommensakademie.learning;

public enum QuestionType {
    SINGLE, MULTIPLE, TRUEFALSE
}
