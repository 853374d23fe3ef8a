//! Bilingual text in a session: an English and a Korean version of one
//! label, note or name, shown in the user's language.

use std::fmt;

use serde::de::{self, MapAccess, SeqAccess, Visitor};
use serde::ser::SerializeStruct;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A language the app speaks and session content may be written in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// English, the default.
    #[default]
    En,
    /// Korean (한국어).
    Ko,
}

impl Lang {
    /// Every language, in the order the language menu shows them.
    pub const ALL: [Self; 2] = [Self::En, Self::Ko];

    /// The other language: where [`Text::get`] falls back to.
    #[must_use]
    pub fn other(self) -> Self {
        match self {
            Self::En => Self::Ko,
            Self::Ko => Self::En,
        }
    }

    /// The language's code: `en` or `ko` (as `--lang` and the catalogues name it).
    pub fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Ko => "ko",
        }
    }

    /// The language by its code (`en`, `ko`; case and region ignored, so
    /// `ko_KR.UTF-8` from `LANG` is Korean).
    pub fn from_code(code: &str) -> Option<Self> {
        let base = code
            .split(['_', '-', '.'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match base.as_str() {
            "en" => Some(Self::En),
            "ko" => Some(Self::Ko),
            _ => None,
        }
    }

    /// The language's own name, as the language switch shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::Ko => "한국어",
        }
    }
}

/// One piece of session text in English and Korean. Either may be empty;
/// [`Text::get`] falls back to the other language when the asked one is.
///
/// In a file, text with only English is a plain string (`"Track"`), so
/// older files and hand-written ones stay simple; bilingual text is
/// `(en: "Track", ko: "트랙")`, and either field may be left out.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Text {
    /// The English version; empty when there is none.
    pub en: String,
    /// The Korean version; empty when there is none.
    pub ko: String,
}

impl Text {
    /// Text in English only.
    pub fn en(text: impl Into<String>) -> Self {
        Self {
            en: text.into(),
            ko: String::new(),
        }
    }

    /// Text in both languages.
    pub fn both(en: impl Into<String>, ko: impl Into<String>) -> Self {
        Self {
            en: en.into(),
            ko: ko.into(),
        }
    }

    /// The text in `lang`, or in the other language when `lang`'s is empty.
    pub fn get(&self, lang: Lang) -> &str {
        let own = self.exact(lang);
        if own.is_empty() {
            self.exact(lang.other())
        } else {
            own
        }
    }

    /// The text in `lang` exactly, empty when it has none (no fallback).
    pub fn exact(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Ko => &self.ko,
        }
    }

    /// Replaces the text in `lang`, leaving the other language as it was.
    pub fn set(&mut self, lang: Lang, text: impl Into<String>) {
        match lang {
            Lang::En => self.en = text.into(),
            Lang::Ko => self.ko = text.into(),
        }
    }

    /// True when neither language has any text.
    pub fn is_empty(&self) -> bool {
        self.en.is_empty() && self.ko.is_empty()
    }

    /// True when neither language has anything but blank space: a name
    /// that is blank like this is missing.
    pub fn is_blank(&self) -> bool {
        self.en.trim().is_empty() && self.ko.trim().is_empty()
    }

    /// True when `lang` has no text of its own (the other language is shown instead).
    pub fn is_missing(&self, lang: Lang) -> bool {
        self.exact(lang).is_empty()
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Self {
        Self::en(text)
    }
}

impl From<String> for Text {
    fn from(text: String) -> Self {
        Self::en(text)
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.ko.is_empty() {
            return serializer.serialize_str(&self.en);
        }
        let fields = usize::from(!self.en.is_empty()) + 1;
        let mut text = serializer.serialize_struct("Text", fields)?;
        if self.en.is_empty() {
            text.skip_field("en")?;
        } else {
            text.serialize_field("en", &self.en)?;
        }
        text.serialize_field("ko", &self.ko)?;
        text.end()
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TextVisitor)
    }
}

struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(r#"a string, or (en: "…", ko: "…")"#)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Text, E> {
        Ok(Text::en(text))
    }

    fn visit_string<E: de::Error>(self, text: String) -> Result<Text, E> {
        Ok(Text::en(text))
    }

    /// ron reads a bracket it cannot tell from a tuple as a sequence, as
    /// when the file is cut off right after `(`: reading on finds the real
    /// mistake (the file ends too early) before the wrong type is reported.
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Text, A::Error> {
        while seq.next_element::<de::IgnoredAny>()?.is_some() {}
        Err(de::Error::invalid_type(de::Unexpected::Seq, &self))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
        let mut text = Text::default();
        let (mut seen_en, mut seen_ko) = (false, false);
        while let Some(key) = map.next_key::<TextField>()? {
            let (seen, lang) = match key {
                TextField::En => (&mut seen_en, Lang::En),
                TextField::Ko => (&mut seen_ko, Lang::Ko),
            };
            if *seen {
                return Err(de::Error::duplicate_field(lang.code()));
            }
            *seen = true;
            text.set(lang, map.next_value::<String>()?);
        }
        Ok(text)
    }
}

/// The fields of bilingual text; any other is an error naming these two.
#[derive(Deserialize)]
#[serde(field_identifier, rename_all = "lowercase")]
enum TextField {
    En,
    Ko,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn get_falls_back_to_the_other_language() {
        let both = Text::both("Border", "경계");
        assert_eq!(both.get(Lang::En), "Border");
        assert_eq!(both.get(Lang::Ko), "경계");
        let english = Text::en("Border");
        assert_eq!(english.get(Lang::Ko), "Border");
        assert!(english.is_missing(Lang::Ko));
        let korean = Text::both("", "경계");
        assert_eq!(korean.get(Lang::En), "경계");
    }

    #[test]
    fn plain_strings_and_bilingual_text_round_trip_in_ron() {
        for text in [
            Text::en("Only English"),
            Text::both("Both", "둘 다"),
            Text::both("", "한국어만"),
            Text::default(),
        ] {
            let written = ron::to_string(&text).expect("text serializes");
            let read: Text = ron::from_str(&written).expect("text reads back");
            assert_eq!(read, text, "{written}");
        }
        assert_eq!(
            ron::to_string(&Text::en("Plain")).expect("serializes"),
            "\"Plain\""
        );
    }

    #[test]
    fn bilingual_text_reads_from_hand_written_ron() {
        let read: Text = ron::from_str(r#"(ko: "남북관계", en: "Inter-Korean relations")"#)
            .expect("bilingual text");
        assert_eq!(read, Text::both("Inter-Korean relations", "남북관계"));
        assert!(ron::from_str::<Text>(r#"(en: "a", fr: "b")"#).is_err());
        assert!(ron::from_str::<Text>(r#"(en: "a", en: "b")"#).is_err());
        assert!(ron::from_str::<Text>("12").is_err());
        let tuple = ron::from_str::<Text>(r#"("a", "b")"#).expect_err("a tuple is not text");
        assert!(tuple.to_string().contains("sequence"), "{tuple}");
        let cut = ron::from_str::<Text>("(").expect_err("cut off");
        assert!(!cut.to_string().contains("sequence"), "{cut}");
    }

    #[test]
    fn language_codes_read_locale_names() {
        assert_eq!(Lang::from_code("ko_KR.UTF-8"), Some(Lang::Ko));
        assert_eq!(Lang::from_code("EN-gb"), Some(Lang::En));
        assert_eq!(Lang::from_code("fr"), None);
        assert_eq!(Lang::from_code(""), None);
    }
}
