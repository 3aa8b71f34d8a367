package de.willkommensakademie.base.content;

import de.willkommensakademie.base.Text;

/**
 * What the kernel needs to know of a feature's content document (a module, a role-play, a checklist template): its
 * key, its title per language, and a copy under another key. Everything else in the document is the feature's.
 */
public interface ContentDocument<D extends ContentDocument<D>> {

    String key();

    Text title();

    D withKey(String newKey);
}
