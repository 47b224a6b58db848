//! The information pages' text (`content/{hi,en}/{page}.md`) rendered to HTML at build time, in the
//! portal's own classes, and checked: both languages of a page must have the same headings (with
//! the same ids), lists, links and tables, so a translation never loses a section.
//!
//! Content owners edit Markdown, not Rust; the pages insert the HTML as it is (see
//! `app/src/pages/info/article.rs`).

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd, html};
use std::error::Error;
use std::fmt::Write as _;
use std::path::Path;

/// The pages, by their file name. Each becomes a constant of that name in upper case.
const PAGES: [&str; 5] = ["accessibility", "help", "privacy", "terms", "screen_reader"];

/// Writes `content.rs` into `out_dir`: one `Article { hi, en }` constant a page.
pub fn generate(out_dir: &Path) -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=content");
    let mut code = String::new();
    for page in PAGES {
        let hi = render(&Path::new("content/hi").join(format!("{page}.md")))?;
        let en = render(&Path::new("content/en").join(format!("{page}.md")))?;
        if hi.outline != en.outline {
            return Err(format!(
                "content/hi/{page}.md and content/en/{page}.md differ in their outline:\n{:?}\n{:?}",
                hi.outline, en.outline
            )
            .into());
        }
        writeln!(
            code,
            "/// `content/*/{page}.md`.\npub const {}: Article = Article {{ hi: {}, en: {} }};",
            page.to_uppercase(),
            hi.constant(),
            en.constant()
        )?;
    }
    std::fs::write(out_dir.join("content.rs"), code)?;
    Ok(())
}

/// A page in one language: its title (the `# ` line), the HTML of the rest (the paragraph after the
/// title is the lead), and the outline the two languages must share.
struct Rendered {
    title: String,
    html: String,
    outline: Vec<String>,
}

impl Rendered {
    /// The page as a Rust `Text { title, body }` expression.
    fn constant(&self) -> String {
        format!("Text {{ title: {:?}, body: {:?} }}", self.title, self.html)
    }
}

fn render(path: &Path) -> Result<Rendered, Box<dyn Error>> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut parser = Parser::new_ext(&text, Options::ENABLE_HEADING_ATTRIBUTES);
    let title =
        title_of(&mut parser).ok_or_else(|| format!("{}: no `# ` title", path.display()))?;
    let mut outline = Vec::new();
    let mut events: Vec<Event> = Vec::new();
    for event in parser {
        let lead = events.is_empty() && matches!(event, Event::Start(Tag::Paragraph));
        events.push(if lead {
            Event::Html(CowStr::from("<p class=\"app-lead\">"))
        } else {
            styled(event, &mut outline)
        });
    }
    let mut html_text = String::new();
    html::push_html(&mut html_text, events.into_iter());
    Ok(Rendered {
        title,
        html: html_text,
        outline,
    })
}

/// The text of the leading `# ` heading, consumed from the parser.
fn title_of(parser: &mut Parser) -> Option<String> {
    if !matches!(
        parser.next()?,
        Event::Start(Tag::Heading {
            level: HeadingLevel::H1,
            ..
        })
    ) {
        return None;
    }
    let mut title = String::new();
    for event in parser.by_ref() {
        match event {
            Event::Text(text) => title.push_str(&text),
            Event::End(TagEnd::Heading(_)) => return Some(title),
            _ => return None,
        }
    }
    None
}

/// The portal's classes on headings, lists and links; everything else as Markdown renders it.
fn styled<'a>(event: Event<'a>, outline: &mut Vec<String>) -> Event<'a> {
    match event {
        Event::Start(Tag::Heading {
            level, id, classes, ..
        }) => {
            let class = if classes.is_empty() {
                "app-section-heading".to_string()
            } else {
                classes.join(" ")
            };
            let id = id.map(|id| format!(" id=\"{id}\"")).unwrap_or_default();
            outline.push(format!("{level}{id}"));
            Event::Html(CowStr::from(format!("<{level} class=\"{class}\"{id}>")))
        }
        Event::End(TagEnd::Heading(level)) => Event::Html(CowStr::from(format!("</{level}>\n"))),
        Event::Start(Tag::List(None)) => {
            outline.push("ul".into());
            Event::Html(CowStr::from("<ul class=\"app-list\">\n"))
        }
        Event::Start(Tag::Link { dest_url, .. }) => {
            outline.push(format!("a {dest_url}"));
            Event::Html(CowStr::from(format!(
                "<a class=\"app-link\" href=\"{}\">",
                escape(&dest_url)
            )))
        }
        Event::End(TagEnd::Link) => Event::Html(CowStr::from("</a>")),
        Event::Html(raw) if raw.contains("<t") || raw.contains("<section") => {
            outline.extend(raw.split('<').filter_map(tag_name));
            Event::Html(raw)
        }
        other => other,
    }
}

/// The outline's name for a raw tag that matters to structure (`table`, `tr`, `section`, …).
fn tag_name(piece: &str) -> Option<String> {
    let name: String = piece
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    ["table", "tr", "th", "td", "section"]
        .contains(&name.as_str())
        .then_some(name)
}

fn escape(url: &str) -> String {
    url.replace('&', "&amp;").replace('"', "&quot;")
}
