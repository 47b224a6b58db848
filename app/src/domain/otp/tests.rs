use super::*;

const NOW: i64 = 1_772_668_800;

fn policy() -> OtpPolicy {
    OtpPolicy::default()
}

fn challenge(purpose: OtpPurpose) -> Challenge {
    Challenge {
        created_at: NOW,
        attempts: 0,
        consumed: false,
        purpose,
    }
}

#[test]
fn the_default_policy() {
    let policy = policy();
    assert_eq!(policy.ttl_secs, 600);
    assert_eq!(policy.max_attempts, 5);
    assert_eq!(policy.resend_after_secs, 30);
    assert_eq!(policy.per_number_per_hour, 5);
    assert_eq!(policy.per_ip_per_hour, 20);
}

#[test]
fn purposes_have_stored_spellings() {
    for purpose in [
        OtpPurpose::VerifyMobile,
        OtpPurpose::ResumeDraft,
        OtpPurpose::TrackApplication,
    ] {
        assert_eq!(OtpPurpose::parse(purpose.as_str()), Some(purpose));
        let json = serde_json::to_string(&purpose).unwrap();
        assert_eq!(json, format!("\"{}\"", purpose.as_str()));
    }
    assert_eq!(OtpPurpose::parse("verify-mobile"), None);
    assert_eq!(OtpPurpose::parse(""), None);
}

#[test]
fn a_first_send_is_allowed() {
    assert_eq!(
        policy().may_send(NOW, None, &[], &[]),
        SendDecision::Allowed
    );
}

#[test]
fn a_resend_waits_thirty_seconds() {
    let sent = NOW - 10;
    assert_eq!(
        policy().may_send(NOW, Some(sent), &[sent], &[sent]),
        SendDecision::Wait { seconds: 20 }
    );
    assert_eq!(
        policy().may_send(NOW + 20, Some(sent), &[sent], &[sent]),
        SendDecision::Allowed
    );
    assert_eq!(
        policy().may_send(NOW + 19, Some(sent), &[sent], &[sent]),
        SendDecision::Wait { seconds: 1 }
    );
}

#[test]
fn five_sends_to_a_number_in_an_hour_then_wait_for_the_oldest_to_leave() {
    let sends = [NOW - 3000, NOW - 2000, NOW - 1000, NOW - 500, NOW - 100];
    assert_eq!(
        policy().may_send(NOW, Some(NOW - 100), &sends, &sends),
        SendDecision::Wait { seconds: 600 }
    );
    assert_eq!(
        policy().may_send(NOW + 600, Some(NOW - 100), &sends, &sends),
        SendDecision::Allowed
    );
    // Four in the hour: allowed.
    assert_eq!(
        policy().may_send(NOW, Some(NOW - 100), &sends[1..], &sends[1..]),
        SendDecision::Allowed
    );
}

#[test]
fn sends_older_than_an_hour_do_not_count() {
    let sends = [
        NOW - 7200,
        NOW - 3600,
        NOW - 2000,
        NOW - 1000,
        NOW - 500,
        NOW - 100,
    ];
    assert_eq!(
        policy().may_send(NOW, Some(NOW - 100), &sends, &sends),
        SendDecision::Allowed
    );
}

#[test]
fn the_wait_is_the_longest_of_the_limits() {
    // The number's cap reached, the last send 5 seconds ago: the cap's wait is longer.
    let sends = [NOW - 3000, NOW - 2000, NOW - 1000, NOW - 500, NOW - 5];
    assert_eq!(
        policy().may_send(NOW, Some(NOW - 5), &sends, &sends),
        SendDecision::Wait { seconds: 600 }
    );
    let sends = [NOW - 3599, NOW - 2000, NOW - 1000, NOW - 500, NOW - 5];
    assert_eq!(
        policy().may_send(NOW, Some(NOW - 5), &sends, &sends),
        SendDecision::Wait { seconds: 25 },
        "the resend gap is the longer wait"
    );
}

#[test]
fn twenty_requests_from_one_address_in_an_hour() {
    let from_ip: Vec<i64> = (0..20).map(|i| NOW - 3000 + i * 100).collect();
    assert_eq!(
        policy().may_send(NOW, None, &[], &from_ip),
        SendDecision::Wait { seconds: 600 }
    );
    assert_eq!(
        policy().may_send(NOW, None, &[], &from_ip[1..]),
        SendDecision::Allowed
    );
}

#[test]
fn over_the_cap_waits_until_enough_sends_leave() {
    // Seven sends recorded against a cap of five: three must leave the hour.
    let sends = [
        NOW - 3500,
        NOW - 3400,
        NOW - 3000,
        NOW - 2000,
        NOW - 1000,
        NOW - 500,
        NOW - 100,
    ];
    assert_eq!(
        policy().may_send(NOW, None, &sends, &[]),
        SendDecision::Wait { seconds: 600 }
    );
    let unordered = [
        NOW - 100,
        NOW - 3000,
        NOW - 500,
        NOW - 3500,
        NOW - 1000,
        NOW - 3400,
        NOW - 2000,
    ];
    assert_eq!(
        policy().may_send(NOW, None, &unordered, &[]),
        SendDecision::Wait { seconds: 600 }
    );
}

#[test]
fn a_cap_of_zero_never_allows() {
    let closed = OtpPolicy {
        per_ip_per_hour: 0,
        ..policy()
    };
    assert_eq!(
        closed.may_send(NOW, None, &[], &[]),
        SendDecision::Wait { seconds: HOUR_SECS }
    );
}

#[test]
fn the_right_code_in_time_verifies() {
    let ch = challenge(OtpPurpose::VerifyMobile);
    assert_eq!(
        policy().verify(&ch, OtpPurpose::VerifyMobile, NOW + 599, true),
        VerifyOutcome::Verified
    );
}

#[test]
fn a_code_expires_after_ten_minutes() {
    let ch = challenge(OtpPurpose::VerifyMobile);
    assert_eq!(
        policy().verify(&ch, OtpPurpose::VerifyMobile, NOW + 600, true),
        VerifyOutcome::Expired
    );
    assert_eq!(
        policy().verify(&ch, OtpPurpose::VerifyMobile, NOW + 600, false),
        VerifyOutcome::Expired
    );
}

#[test]
fn wrong_guesses_count_down_then_lock() {
    let policy = policy();
    let mut ch = challenge(OtpPurpose::ResumeDraft);
    for left in (0..5).rev() {
        assert_eq!(
            policy.verify(&ch, OtpPurpose::ResumeDraft, NOW + 1, false),
            VerifyOutcome::Wrong {
                attempts_left: left
            }
        );
        ch.attempts += 1; // the caller records the wrong guess
    }
    assert_eq!(
        policy.verify(&ch, OtpPurpose::ResumeDraft, NOW + 1, true),
        VerifyOutcome::TooManyAttempts,
        "even the right code, once the guesses are used up"
    );
}

#[test]
fn a_used_code_cannot_be_used_again() {
    let ch = Challenge {
        consumed: true,
        ..challenge(OtpPurpose::TrackApplication)
    };
    assert_eq!(
        policy().verify(&ch, OtpPurpose::TrackApplication, NOW + 1, true),
        VerifyOutcome::AlreadyUsed
    );
    // Used comes first, before purpose and expiry.
    assert_eq!(
        policy().verify(&ch, OtpPurpose::VerifyMobile, NOW + 10_000, true),
        VerifyOutcome::AlreadyUsed
    );
}

#[test]
fn a_code_for_one_purpose_proves_nothing_else() {
    let ch = challenge(OtpPurpose::VerifyMobile);
    assert_eq!(
        policy().verify(&ch, OtpPurpose::TrackApplication, NOW + 1, true),
        VerifyOutcome::WrongPurpose
    );
    assert_eq!(
        policy().verify(&ch, OtpPurpose::TrackApplication, NOW + 10_000, true),
        VerifyOutcome::WrongPurpose,
        "purpose before expiry"
    );
}

#[test]
fn expiry_comes_before_the_attempt_count() {
    let ch = Challenge {
        attempts: 5,
        ..challenge(OtpPurpose::VerifyMobile)
    };
    assert_eq!(
        policy().verify(&ch, OtpPurpose::VerifyMobile, NOW + 600, true),
        VerifyOutcome::Expired
    );
    assert_eq!(
        policy().verify(&ch, OtpPurpose::VerifyMobile, NOW + 599, true),
        VerifyOutcome::TooManyAttempts
    );
}

#[test]
fn codes_are_six_digits() {
    assert!(is_well_formed_code("482193"));
    assert!(is_well_formed_code(" 482193 "));
    assert!(is_well_formed_code("४८२१९३"));
    assert_eq!(normalise_code(" ४८२१९३").as_deref(), Some("482193"));
    for text in [
        "",
        "48219",
        "4821934",
        "48 2193",
        "48219a",
        "४८२१९",
        "-48219",
        "４８２１９３",
    ] {
        assert!(!is_well_formed_code(text), "{text}");
    }
}
