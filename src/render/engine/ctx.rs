//! The state of rendering one item, shared by the elements' files.

use super::locale::Locales;
use super::out::Out;
use hayagriva::citationberg::{
    Formatting, IndependentStyle, InheritableNameOptions, Layout, LayoutRenderingElement,
    TestPosition,
};
use serde_json::{Map, Value as Json};
use std::cell::{Cell, RefCell};

/// How many names of a list can have their given names expanded to tell
/// cites apart.
pub(crate) const GIVEN_LEVELS: usize = 8;

/// A CSL-JSON item.
pub(crate) type Item = Map<String, Json>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    Cite,
    Bib,
    Sort,
}

/// A cite's position among the citations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Position {
    First,
    Subsequent,
    Ibid,
    IbidWithLocator,
}

/// The state of rendering one item.
pub(crate) struct Ctx<'a> {
    pub(crate) style: &'a IndependentStyle,
    pub(crate) loc: &'a Locales<'a>,
    pub(crate) item: &'a Item,
    pub(crate) english: bool,
    pub(crate) mode: Mode,
    pub(crate) name_options: InheritableNameOptions,
    pub(crate) citation_number: Option<usize>,
    pub(crate) year_suffix: Option<String>,
    pub(crate) explicit_suffix: bool,
    pub(crate) suffix_done: Cell<bool>,
    pub(crate) locator: Option<(String, String)>,
    pub(crate) position: Position,
    pub(crate) near_note: bool,
    pub(crate) disambiguate: bool,
    pub(crate) add_names: usize,
    /// How far each of the first names of a list is expanded to tell the
    /// cite apart: 0 as the style prints it, 1 with initials, 2 in full.
    pub(crate) given_levels: [u8; GIVEN_LEVELS],
    pub(crate) expand_initials_only: bool,
    pub(crate) primary_only: bool,
    pub(crate) sort_names: Option<(usize, usize)>,
    pub(crate) substitute_names: Option<String>,
    pub(crate) first_names: RefCell<Option<String>>,
    /// A `cs:names` has been met in this entry.
    pub(crate) names_started: Cell<bool>,
    /// The `cs:names` whose substitute is being rendered.
    pub(crate) names_parent: RefCell<Option<hayagriva::citationberg::Names>>,
    pub(crate) suppressed: RefCell<Vec<String>>,
    pub(crate) recording: RefCell<Vec<Vec<String>>>,
}

impl<'a> Ctx<'a> {
    /// A field's text (a number as its digits); `None` when empty or
    /// substituted earlier in the entry.
    pub(crate) fn var(&self, name: &str) -> Option<String> {
        if self.suppressed.borrow().iter().any(|s| s == name) {
            return None;
        }
        let alias = match name {
            "container-title-short" => Some("journalAbbreviation"),
            "title-short" => Some("shortTitle"),
            "archive-place" => Some("archive_place"),
            _ => None,
        };
        if name == "page-first" && self.item.get(name).is_none() {
            // Made from `page` as citeproc-js makes it (`1078-1100` → `1078`).
            let page = self.var("page")?;
            let first = page.split(['-', '–', '—', ',', '&']).next().unwrap_or("").trim();
            return (!first.is_empty()).then(|| first.to_string());
        }
        let v = self.item.get(name).or_else(|| alias.and_then(|a| self.item.get(a)))?;
        let s = match v {
            Json::String(s) => s.trim().to_string(),
            Json::Number(n) => n.to_string(),
            _ => return None,
        };
        (!s.is_empty()).then_some(s)
    }

    /// Notes that a variable was printed (for substitutes).
    pub(crate) fn used(&self, name: &str) {
        if let Some(top) = self.recording.borrow_mut().last_mut() {
            top.push(name.to_string());
        }
    }

    pub(crate) fn implicit_suffix(&self) -> bool {
        !self.explicit_suffix
    }

    pub(crate) fn subsequent_cite(&self) -> bool {
        self.mode == Mode::Cite && self.position != Position::First
    }

    pub(crate) fn position_is(&self, p: TestPosition) -> bool {
        match p {
            TestPosition::First => self.position == Position::First,
            TestPosition::Subsequent => self.position != Position::First,
            TestPosition::Ibid => {
                matches!(self.position, Position::Ibid | Position::IbidWithLocator)
            }
            TestPosition::IbidWithLocator => self.position == Position::IbidWithLocator,
            TestPosition::NearNote => self.position != Position::First && self.near_note,
        }
    }

    /// A fresh state for one item.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn new(
        style: &'a IndependentStyle,
        loc: &'a Locales<'a>,
        item: &'a Item,
        english: bool,
        mode: Mode,
        name_options: InheritableNameOptions,
        explicit_suffix: bool,
    ) -> Ctx<'a> {
        Ctx {
            style,
            loc,
            item,
            english,
            mode,
            name_options,
            citation_number: None,
            year_suffix: None,
            explicit_suffix,
            suffix_done: Cell::new(false),
            locator: None,
            position: Position::First,
            near_note: false,
            disambiguate: false,
            add_names: 0,
            given_levels: [0; GIVEN_LEVELS],
            expand_initials_only: false,
            primary_only: false,
            sort_names: None,
            substitute_names: None,
            first_names: RefCell::new(None),
            names_started: Cell::new(false),
            names_parent: RefCell::new(None),
            suppressed: RefCell::new(Vec::new()),
            recording: RefCell::new(Vec::new()),
        }
    }

    /// The same item in another mode, with fresh state.
    pub(crate) fn fork(&self, mode: Mode) -> Ctx<'a> {
        let mut c = Ctx::new(
            self.style,
            self.loc,
            self.item,
            self.english,
            mode,
            self.name_options.clone(),
            self.explicit_suffix,
        );
        c.citation_number = self.citation_number;
        c.year_suffix = self.year_suffix.clone();
        c.locator = self.locator.clone();
        c.position = self.position;
        c.near_note = self.near_note;
        c.disambiguate = self.disambiguate;
        c.add_names = self.add_names;
        c.given_levels = self.given_levels;
        c.expand_initials_only = self.expand_initials_only;
        c.primary_only = self.primary_only;
        c
    }

    /// Renders a layout: its elements, then its formatting and affixes.
    pub(crate) fn layout(&self, layout: &Layout, elements: &[LayoutRenderingElement]) -> Out {
        let r = self.seq(elements, "");
        let fmt = Formatting {
            font_style: layout.font_style,
            font_variant: layout.font_variant,
            font_weight: layout.font_weight,
            text_decoration: layout.text_decoration,
            vertical_align: layout.vertical_align,
        };
        let mut out = r.out;
        out.format(&fmt);
        out
    }
}
