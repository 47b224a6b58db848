use super::*;
use crate::domain::grievance::level::Level;
use crate::domain::sms::SmsEncoding;

const NUMBER: &str = "MP26-4821-7735-2";
const TRACK: &str = "https://jansewa.mpgovt.example.in/t/MP26-4821-7735-2";
const CERTIFICATE: &str = "https://jansewa.mpgovt.example.in/c/MP26-4821-7735-2";

fn day(y: i32, m: u32, d: u32) -> Date {
    Date::from_ymd(y, m, d).expect("a real date")
}

/// One message of every kind, every status with and without its dates.
fn every_message() -> Vec<Sms<'static>> {
    let mut all = vec![
        Sms::Code {
            code: "482913",
            minutes: 10,
        },
        // The longest service name in the sample catalogue, in each language.
        Sms::Received {
            number: NUMBER,
            service: "माध्यमिक शिक्षा मंडल की डुप्लीकेट अंकसूची/प्रमाण पत्र",
            due_on: day(2026, 12, 15),
        },
        Sms::Received {
            number: NUMBER,
            service: "Duplicate mark sheet / certificate of the Board of Secondary Education",
            due_on: day(2026, 12, 15),
        },
    ];
    // The longest L1 posts of the sample categories, in each language.
    for post in ["विकासखंड शिक्षा अधिकारी", "District Manager, Public Services"]
    {
        all.push(Sms::GrievanceFiled {
            number: "CM26-4821-7735-4",
            post,
            due_on: day(2026, 12, 15),
            track: "https://jansewa.mpgovt.example.in/g/CM26-4821-7735-4",
        });
    }
    for (level, due_on) in [(Level::L2, Some(day(2026, 12, 15))), (Level::L3, None)] {
        all.push(Sms::GrievanceEscalated {
            number: "CM26-4821-7735-4",
            level,
            due_on,
            track: "https://jansewa.mpgovt.example.in/g/CM26-4821-7735-4",
        });
    }
    for status in Status::ALL {
        for (due_on, appeal_by) in [
            (None, None),
            (Some(day(2026, 12, 15)), Some(day(2027, 1, 14))),
        ] {
            all.push(Sms::StatusChanged {
                number: NUMBER,
                status,
                due_on,
                appeal_by,
                track: TRACK,
                certificate: CERTIFICATE,
            });
        }
    }
    all
}

#[test]
fn every_message_fits_its_segment_limit_in_both_languages() {
    for message in every_message() {
        for language in [Language::Hi, Language::En] {
            let text = message.text(language);
            let length = sms_length(&text);
            assert!(
                length.segments <= message.segment_limit(),
                "{text}: {} segments, limit {}",
                length.segments,
                message.segment_limit()
            );
            assert!(fits(&text, message.segment_limit()));
        }
    }
}

#[test]
fn hindi_goes_as_ucs2_and_english_as_gsm7() {
    for message in every_message() {
        let hindi = sms_length(&message.text(Language::Hi));
        assert_eq!(hindi.encoding, SmsEncoding::Ucs2, "{message:?}");
        // A name given in Hindi stays Hindi in either language's message.
        let named = match message {
            Sms::Received { service, .. } => service,
            Sms::GrievanceFiled { post, .. } => post,
            _ => "",
        };
        if !named.is_ascii() {
            continue;
        }
        let english = message.text(Language::En);
        assert_eq!(
            sms_length(&english).encoding,
            SmsEncoding::Gsm7,
            "{english}"
        );
    }
}

#[test]
fn a_code_message_says_the_code_and_how_long_it_lasts() {
    let message = Sms::Code {
        code: "482913",
        minutes: 10,
    };
    assert_eq!(
        message.text(Language::Hi),
        "जन सेवा पोर्टल: आपका सत्यापन कोड 482913 है। यह 10 मिनट तक मान्य है। इसे किसी को न बताएँ।"
    );
    assert!(message.text(Language::En).contains("482913"));
    assert_eq!(message.template(), "otp");
}

#[test]
fn an_acknowledgement_gives_the_number_the_service_and_the_last_day() {
    let message = Sms::Received {
        number: NUMBER,
        service: "आय प्रमाण पत्र",
        due_on: day(2026, 12, 5),
    };
    assert_eq!(
        message.text(Language::Hi),
        "जन सेवा पोर्टल: आपका आवेदन MP26-4821-7735-2 (आय प्रमाण पत्र) प्राप्त हुआ। निराकरण की अंतिम तारीख 05-12-2026।"
    );
    assert_eq!(message.template(), "application_received");
}

#[test]
fn a_decision_links_to_its_certificate_or_to_the_reasons_and_the_appeal() {
    let changed = |status, appeal_by| Sms::StatusChanged {
        number: NUMBER,
        status,
        due_on: None,
        appeal_by,
        track: TRACK,
        certificate: CERTIFICATE,
    };
    for language in [Language::Hi, Language::En] {
        let issued = changed(Status::Issued, None).text(language);
        assert!(issued.ends_with(CERTIFICATE), "{issued}");
        let rejected = changed(Status::Rejected, Some(day(2027, 1, 14))).text(language);
        assert!(rejected.contains("14-01-2027"), "{rejected}");
        assert!(rejected.ends_with(TRACK), "{rejected}");
        let asked = changed(Status::InfoRequested, None).text(language);
        assert!(asked.ends_with(TRACK), "{asked}");
    }
    let rejected = changed(Status::Rejected, Some(day(2027, 1, 14))).text(Language::Hi);
    assert!(rejected.contains("14-01-2027 तक अपील करें"), "{rejected}");
}

#[test]
fn a_review_with_its_clock_running_gives_the_last_day() {
    let message = Sms::StatusChanged {
        number: NUMBER,
        status: Status::UnderReview,
        due_on: Some(day(2026, 12, 15)),
        appeal_by: None,
        track: TRACK,
        certificate: CERTIFICATE,
    };
    assert_eq!(
        message.text(Language::Hi),
        "जन सेवा पोर्टल: आवेदन MP26-4821-7735-2 जाँच में है। अंतिम तारीख 15-12-2026।"
    );
    assert_eq!(message.template(), "status_changed");
}

#[test]
fn most_acknowledgements_take_two_segments_and_the_longest_name_three() {
    let received = |service| Sms::Received {
        number: NUMBER,
        service,
        due_on: day(2026, 12, 5),
    };
    let short = received("आय प्रमाण पत्र").text(Language::Hi);
    assert_eq!(sms_length(&short).segments, 2, "{short}");
    let longest = received("माध्यमिक शिक्षा मंडल की डुप्लीकेट अंकसूची/प्रमाण पत्र").text(Language::Hi);
    assert_eq!(sms_length(&longest).segments, 3, "{longest}");
}
