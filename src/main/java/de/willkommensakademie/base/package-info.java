/**
 * Shared foundation used by every feature: entity base class, security, layout, error handling and i18n.
 * It must not depend on any feature; features plug into it through the interfaces it declares.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package de.willkommensakademie.base;
