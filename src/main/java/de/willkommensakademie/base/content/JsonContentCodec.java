package de.willkommensakademie.base.content;

import de.willkommensakademie.base.ContentJson;
import tools.jackson.databind.json.JsonMapper;

/** A content document as the JSON of {@link ContentJson}: map entries sorted, so the same content is the same text. */
public class JsonContentCodec<D> implements ContentCodec<D> {

    private final JsonMapper json = ContentJson.mapper();
    private final Class<D> type;

    protected JsonContentCodec(Class<D> type) {
        this.type = type;
    }

    @Override
    public String write(D content) {
        return json.writeValueAsString(content);
    }

    @Override
    public D read(String stored) {
        return json.readValue(stored, type);
    }

    /** The mapper, for what a type stores besides its content (a play state, a transcript). */
    protected JsonMapper json() {
        return json;
    }
}
