package de.willkommensakademie.base.content;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import de.willkommensakademie.base.ShippedFiles;

/** One shipped file or folder as read: where it came from, its content, its files, and what is wrong with it. */
public record ShippedItem<D>(String location, D content, Map<String, MediaFile> media, List<?> problems) {

    /** Every shipped {@code modules/<folder>/<fileName>}, read by {@code reader} from its location and bytes. */
    public static <D> List<ShippedItem<D>> eachFile(String fileName, BiFunction<String, byte[], ShippedItem<D>> reader) {
        return ShippedFiles.named(fileName).stream().map(file -> reader.apply(file.location(), file.bytes())).toList();
    }
}
