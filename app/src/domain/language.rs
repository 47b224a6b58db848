//! The portal's two languages, and text held in both.

use serde::{Deserialize, Serialize};

/// A language the portal speaks. Hindi is the default everywhere.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Language {
    /// हिंदी, the default.
    #[default]
    Hi,
    /// English, a toggle.
    En,
}

impl Language {
    /// The BCP 47 tag used in `lang` attributes and in storage.
    pub fn tag(self) -> &'static str {
        match self {
            Language::Hi => "hi",
            Language::En => "en",
        }
    }

    /// Reads a stored or typed tag; anything unknown is Hindi.
    pub fn from_tag(tag: &str) -> Language {
        match tag.trim() {
            "en" => Language::En,
            _ => Language::Hi,
        }
    }

    /// The other language: what the toggle switches to.
    pub fn other(self) -> Language {
        match self {
            Language::Hi => Language::En,
            Language::En => Language::Hi,
        }
    }
}

/// Text that exists in Hindi and in English, such as a service's name.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BilingualText {
    /// हिंदी
    pub hi: String,
    /// English
    pub en: String,
}

impl BilingualText {
    /// Builds text from its Hindi and English forms.
    pub fn new(hi: impl Into<String>, en: impl Into<String>) -> Self {
        Self {
            hi: hi.into(),
            en: en.into(),
        }
    }

    /// The text in the given language.
    pub fn get(&self, language: Language) -> &str {
        match language {
            Language::Hi => &self.hi,
            Language::En => &self.en,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_or_missing_tag_falls_back_to_hindi() {
        assert_eq!(Language::from_tag(""), Language::Hi);
        assert_eq!(Language::from_tag("fr"), Language::Hi);
        assert_eq!(Language::from_tag("en"), Language::En);
        assert_eq!(Language::default(), Language::Hi);
    }

    #[test]
    fn bilingual_text_answers_in_the_asked_language() {
        let name = BilingualText::new("आय प्रमाण पत्र", "Income certificate");
        assert_eq!(name.get(Language::Hi), "आय प्रमाण पत्र");
        assert_eq!(name.get(Language::En), "Income certificate");
        assert_eq!(Language::Hi.other(), Language::En);
    }
}
