//! Each page's first HTML: its own title, heading and content, rendered on the server by the
//! app's components before any wasm has run (and without JavaScript at all).

mod support;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use support::{app, get, seeded_database, send, text};

use app as _;

/// The page at `path` as the server first sends it, with its status.
async fn first_html(path: &str) -> (StatusCode, String) {
    let app = app(seeded_database("sqlite").await);
    let response = send(&app, get(path)).await;
    let status = response.status();
    (status, text(response).await)
}

/// The `<title>` of `html`.
fn title(html: &str) -> &str {
    let start = html.find("<title>").expect("a title") + "<title>".len();
    let end = html[start..].find("</title>").expect("closed") + start;
    &html[start..end]
}

#[tokio::test]
async fn a_service_page_carries_its_name_time_limit_officers_and_documents() {
    let (status, html) = first_html("/services/income-certificate").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(title(&html), "आय प्रमाण पत्र | जन सेवा पोर्टल");
    assert!(html.contains("<html lang=\"hi\""), "in Hindi");
    for fact in [
        "आय प्रमाण पत्र",
        "Income certificate",
        "3 कार्य दिवस",
        "ये दस्तावेज़ तैयार रखें",
        "परिवार की आय का स्व-घोषणा पत्र",
    ] {
        assert!(html.contains(fact), "{fact} is in the first HTML");
    }
    assert!(
        !html.contains("पोर्टल खुल रहा है"),
        "the static shell's loading line is replaced by the page"
    );
}

#[tokio::test]
async fn the_list_of_services_is_in_the_first_html() {
    let (status, html) = first_html("/services").await;
    assert_eq!(status, StatusCode::OK);
    for name in [
        "आय प्रमाण पत्र",
        "स्थायी जाति प्रमाण पत्र",
        "स्थानीय/मूल निवासी प्रमाण पत्र",
    ] {
        assert!(html.contains(name), "{name} is listed");
    }
    assert!(html.contains("href=\"/services/income-certificate\""));
}

#[tokio::test]
async fn information_pages_and_tracking_have_their_own_heading_and_title() {
    for (path, heading) in [
        ("/privacy", "गोपनीयता नीति"),
        ("/help", "सहायता एवं संपर्क"),
        ("/", "सरकारी सेवाएँ, एक ही जगह"),
    ] {
        let (status, html) = first_html(path).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert_eq!(title(&html), format!("{heading} | जन सेवा पोर्टल"), "{path}");
    }
    let (_, html) = first_html("/track").await;
    assert!(
        html.contains("name=\"number\""),
        "the tracking form is there"
    );
}

#[tokio::test]
async fn an_unknown_page_and_an_unknown_service_say_so_first() {
    let (status, html) = first_html("/no-such-page").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(html.contains("पेज नहीं मिला"), "{html}");
    let (status, html) = first_html("/services/no-such-service").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        !html.contains("आय प्रमाण पत्र | "),
        "no other service's title"
    );
}

#[tokio::test]
async fn a_reader_who_chose_english_gets_the_first_html_in_english() {
    let app = app(seeded_database("sqlite").await);
    let request = Request::get("/services/income-certificate")
        .header(header::COOKIE, "other=1; jsp-lang=en")
        .body(Body::empty())
        .expect("request");
    let response = send(&app, request).await;
    assert_eq!(response.headers()[header::VARY], "Cookie");
    let html = text(response).await;
    assert!(html.contains("<html lang=\"en\""));
    assert_eq!(title(&html), "Income certificate | Jan Seva Portal");
    assert!(html.contains("3 working days"), "{html}");
}

#[tokio::test]
async fn hostile_addresses_are_rendered_as_text_never_as_markup() {
    for path in [
        "/services?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "/services/%3Cscript%3E",
        "/verify/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
        "/track?number=%22%3E%3Cb%3E",
    ] {
        let (status, html) = first_html(path).await;
        assert!(
            status.is_success() || status == StatusCode::NOT_FOUND,
            "{path}"
        );
        assert!(!html.contains("<script>alert"), "{path}");
        assert!(!html.contains("<img src=x"), "{path}");
        assert!(!html.contains("\"><b>"), "{path}");
    }
}

/// The application's first page is drawn whole: a reader on a slow phone can type the mobile
/// number before the app has arrived. A later step's address shows its heading and a loading
/// line (the server does not read the reader's draft).
#[tokio::test]
async fn the_applications_first_page_is_in_the_first_html() {
    for path in [
        "/services/income-certificate/apply",
        "/services/income-certificate/apply/mobile",
    ] {
        let (status, html) = first_html(path).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert!(
            title(&html).contains("आपका मोबाइल नंबर"),
            "{path}: {}",
            title(&html)
        );
        for part in [
            "आय प्रमाण पत्र",
            "id=\"f-mobile\"",
            "aria-describedby=",
            "पुष्टि के लिए",
        ] {
            assert!(html.contains(part), "{path}: {part} is in the first HTML");
        }
        assert!(
            !html.contains("जानकारी लाई जा रही है"),
            "{path}: no loading line"
        );
    }
    let (status, html) = first_html("/services/income-certificate/apply/applicant").await;
    assert_eq!(status, StatusCode::OK);
    assert!(!html.contains("id=\"f-mobile\""));
    assert!(html.contains("जानकारी लाई जा रही है"));
}
