//! The reader's choices: language, text size and contrast. Each is kept in the browser's storage
//! and applied to `<html>`, where `public/boot.js` also applies it before the app has loaded, so
//! a returning reader never sees a flash of the wrong language or size.

use crate::domain::language::Language;
use crate::i18n::{Locale, use_i18n};
use leptos::prelude::*;

/// Storage key of the chosen language (`hi` or `en`). `public/boot.js` reads the same keys.
pub const LANGUAGE_KEY: &str = "jsp-lang";
/// Storage key of the chosen text size.
pub const TEXT_SIZE_KEY: &str = "jsp-text-size";
/// Storage key of the high-contrast theme (`on` when chosen).
pub const CONTRAST_KEY: &str = "jsp-contrast";

/// Text size steps offered by the A− / A / A+ buttons.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TextSize {
    /// A−
    Smaller,
    /// A
    #[default]
    Normal,
    /// A+
    Larger,
}

impl TextSize {
    /// All steps, smallest first.
    pub const ALL: [TextSize; 3] = [TextSize::Smaller, TextSize::Normal, TextSize::Larger];

    /// The stored spelling.
    pub fn key(self) -> &'static str {
        match self {
            TextSize::Smaller => "smaller",
            TextSize::Normal => "normal",
            TextSize::Larger => "larger",
        }
    }

    /// Reads the stored spelling; anything else is normal size.
    pub fn from_key(key: &str) -> TextSize {
        match key {
            "smaller" => TextSize::Smaller,
            "larger" => TextSize::Larger,
            _ => TextSize::Normal,
        }
    }

    /// The class set on `<html>` for this step.
    pub fn root_class(self) -> &'static str {
        match self {
            TextSize::Smaller => "app-text-smaller",
            TextSize::Normal => "app-text-normal",
            TextSize::Larger => "app-text-larger",
        }
    }
}

/// The reader's display choices, shared through context.
#[derive(Clone, Copy)]
pub struct DisplayPreferences {
    /// A− / A / A+.
    pub text_size: RwSignal<TextSize>,
    /// High-contrast theme on or off.
    pub high_contrast: RwSignal<bool>,
}

/// The portal's language as the domain knows it.
pub fn language_of(locale: Locale) -> Language {
    match locale {
        Locale::hi => Language::Hi,
        Locale::en => Language::En,
    }
}

/// The i18n locale for a language.
pub fn locale_of(language: Language) -> Locale {
    match language {
        Language::Hi => Locale::hi,
        Language::En => Locale::en,
    }
}

/// The language the reader is reading in now.
pub fn use_language() -> Signal<Language> {
    let i18n = use_i18n();
    Signal::derive(move || language_of(i18n.get_locale()))
}

/// The language stored from an earlier visit, Hindi if none. The browser's own language is not
/// consulted: the portal is Hindi first for everyone, and English is the reader's choice.
pub fn stored_language() -> Language {
    Language::from_tag(&storage::read(LANGUAGE_KEY).unwrap_or_default())
}

/// Reads the stored display choices, provides them, and keeps `<html>` and storage in step with
/// them and with the language.
pub fn provide_display_preferences() -> DisplayPreferences {
    let preferences = DisplayPreferences {
        text_size: RwSignal::new(TextSize::from_key(
            &storage::read(TEXT_SIZE_KEY).unwrap_or_default(),
        )),
        high_contrast: RwSignal::new(storage::read(CONTRAST_KEY).as_deref() == Some("on")),
    };
    provide_context(preferences);

    let i18n = use_i18n();
    Effect::new(move |_| {
        let language = language_of(i18n.get_locale());
        storage::write(LANGUAGE_KEY, language.tag());
        storage::set_language_cookie(LANGUAGE_KEY, language.tag());
        storage::set_root_lang(language.tag());
    });
    Effect::new(move |_| {
        let size = preferences.text_size.get();
        for step in TextSize::ALL {
            storage::set_root_class(step.root_class(), step == size);
        }
        storage::write(TEXT_SIZE_KEY, size.key());
    });
    Effect::new(move |_| {
        let on = preferences.high_contrast.get();
        storage::set_root_class("app-theme-contrast", on);
        storage::write(CONTRAST_KEY, if on { "on" } else { "off" });
    });
    preferences
}

/// The display choices provided by [`provide_display_preferences`].
pub fn use_display_preferences() -> DisplayPreferences {
    expect_context::<DisplayPreferences>()
}

#[cfg(feature = "csr")]
pub(crate) mod storage {
    //! Browser storage and the root element. Failures (storage disabled, private mode) are
    //! ignored: a preference that cannot be kept is still applied for this visit.

    fn local_storage() -> Option<web_sys::Storage> {
        web_sys::window()?.local_storage().ok()?
    }

    fn root() -> Option<web_sys::Element> {
        web_sys::window()?.document()?.document_element()
    }

    pub fn read(key: &str) -> Option<String> {
        local_storage()?.get_item(key).ok()?
    }

    pub fn write(key: &str, value: &str) {
        if let Some(storage) = local_storage() {
            let _ = storage.set_item(key, value);
        }
    }

    pub fn remove(key: &str) {
        if let Some(storage) = local_storage() {
            let _ = storage.remove_item(key);
        }
    }

    /// Every key kept, in no particular order.
    pub fn keys() -> Vec<String> {
        let Some(storage) = local_storage() else {
            return Vec::new();
        };
        let count = storage.length().unwrap_or(0);
        (0..count)
            .filter_map(|i| storage.key(i).ok().flatten())
            .collect()
    }

    /// Milliseconds since 1970 by the browser's clock.
    pub fn now_ms() -> f64 {
        js_sys::Date::now()
    }

    /// 16 random bytes from the browser's secure source, as hex (works without HTTPS too).
    pub fn random_id() -> String {
        let mut bytes = [0u8; 16];
        if let Some(crypto) = web_sys::window().and_then(|w| w.crypto().ok()) {
            let _ = crypto.get_random_values_with_u8_array(&mut bytes);
        }
        if bytes == [0u8; 16] {
            // No crypto object: fall back to the clock and Math.random (unique, not secret).
            let seed = (js_sys::Date::now() as u64) ^ ((js_sys::Math::random() * 1e15) as u64);
            bytes[..8].copy_from_slice(&seed.to_le_bytes());
            bytes[8..].copy_from_slice(&((js_sys::Math::random() * 1e15) as u64).to_le_bytes());
        }
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    pub fn set_root_class(class: &str, on: bool) {
        if let Some(root) = root() {
            let _ = root.class_list().toggle_with_force(class, on);
        }
    }

    pub fn set_root_lang(tag: &str) {
        if let Some(root) = root() {
            let _ = root.set_attribute("lang", tag);
        }
    }

    /// The language in a cookie too, so the server writes the next page's first HTML in it.
    pub fn set_language_cookie(key: &str, tag: &str) {
        use wasm_bindgen::JsCast;
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            let document: web_sys::HtmlDocument = document.unchecked_into();
            let _ = document.set_cookie(&format!(
                "{key}={tag}; path=/; max-age=31536000; samesite=lax"
            ));
        }
    }
}

#[cfg(not(feature = "csr"))]
pub(crate) mod storage {
    //! Outside the browser there is no storage and no document: choices are not kept.

    pub fn read(_key: &str) -> Option<String> {
        None
    }

    pub fn remove(_key: &str) {}

    pub fn keys() -> Vec<String> {
        Vec::new()
    }

    pub fn now_ms() -> f64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_millis() as f64)
            .unwrap_or_default()
    }

    pub fn random_id() -> String {
        format!("{:032x}", now_ms() as u128)
    }

    pub fn write(_key: &str, _value: &str) {}

    pub fn set_root_class(_class: &str, _on: bool) {}

    pub fn set_root_lang(_tag: &str) {}

    pub fn set_language_cookie(_key: &str, _tag: &str) {}
}

#[cfg(test)]
mod tests {
    use super::TextSize;

    #[test]
    fn text_sizes_round_trip_and_unknown_is_normal() {
        for size in TextSize::ALL {
            assert_eq!(TextSize::from_key(size.key()), size);
        }
        assert_eq!(TextSize::from_key("huge"), TextSize::Normal);
    }
}
