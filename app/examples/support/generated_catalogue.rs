//! A realistic catalogue of any size, for the benchmarks: the 36 services of the real sample
//! first (`server/data/catalogue/services.toml`, life events from `service-guidance.toml`), then
//! generated services that read like the state's notified services: names composed from the
//! vocabulary of Madhya Pradesh departments (licences, permissions, certificates, registrations,
//! renewals, NOCs, certified copies, pensions, scholarships, connections…, each with the subjects
//! its department really deals in), the qualifiers the real lists carry (domestic/commercial,
//! urban body, DISCOM zone, category of student…), 2–6 keywords mixing Hindi, English and
//! Hindi typed in Latin letters, time limits of 1–90 days, ~10% centre-only, ~15% Samadhan Ek
//! Din and one or two life events, over ~50 departments (real department names).
//!
//! Deterministic for a seed (a small splitmix64 generator, no `rand`). Include it from an
//! example with `#[path = "support/generated_catalogue.rs"] mod generated_catalogue;`.

#![allow(dead_code)]

use app::domain::browse::{CatalogueEntry, CatalogueIndex};
use app::domain::catalogue::Department;
use app::domain::language::BilingualText;
use app::domain::life_event::LifeEvent;
use std::collections::{BTreeMap, HashMap, HashSet};

/// The real sample, as shipped.
pub const SERVICES_TOML: &str = include_str!("../../../server/data/catalogue/services.toml");
/// The portal's guidance for the real sample (life events).
pub const GUIDANCE_TOML: &str = include_str!("../../../server/data/catalogue/service-guidance.toml");

/// splitmix64: tiny, fast, good enough for test data, and the same on every platform.
pub struct Rng(u64);

impl Rng {
    /// A generator for a seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x5DEE_CE66_D1CE_4E5B)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// A number in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    /// One element of a non-empty slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// Shuffles in place (Fisher–Yates).
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The real sample.

#[derive(serde::Deserialize)]
struct SampleFile {
    departments: BTreeMap<String, SampleName>,
    service: Vec<SampleService>,
}

#[derive(serde::Deserialize)]
struct SampleName {
    hi: String,
    en: String,
}

#[derive(serde::Deserialize)]
struct SampleService {
    id: String,
    name_hi: String,
    name_en: String,
    department: String,
    time_limit_days: u32,
    working_days: bool,
    samadhan_ek_din: bool,
    channel: String,
    #[serde(default)]
    keywords: Vec<String>,
}

#[derive(serde::Deserialize)]
struct SampleGuidance {
    #[serde(default)]
    life_events: Vec<LifeEvent>,
}

/// The real sample as the server would send it: departments in file order, services in
/// catalogue order, life events sorted.
pub fn real_sample() -> CatalogueIndex {
    let file: SampleFile = toml::from_str(SERVICES_TOML).expect("services.toml parses");
    let guidance: BTreeMap<String, SampleGuidance> =
        toml::from_str(GUIDANCE_TOML).expect("service-guidance.toml parses");
    // The toml crate keeps tables sorted; the server keeps the file's order.
    let mut department_ids: Vec<&String> = file.departments.keys().collect();
    department_ids.sort_by_key(|id| SERVICES_TOML.find(&format!("\n{id} = ")).unwrap_or(usize::MAX));
    let position: HashMap<&str, u16> =
        department_ids.iter().enumerate().map(|(i, id)| (id.as_str(), i as u16)).collect();
    let departments = department_ids
        .iter()
        .map(|id| {
            let name = &file.departments[*id];
            Department { id: (*id).clone(), name: BilingualText::new(name.hi.clone(), name.en.clone()) }
        })
        .collect();
    let services = file
        .service
        .into_iter()
        .map(|s| {
            let mut life_events = guidance.get(&s.id).map(|g| g.life_events.clone()).unwrap_or_default();
            life_events.sort();
            life_events.dedup();
            CatalogueEntry {
                department: position[s.department.as_str()],
                days: s.time_limit_days,
                working_days: s.working_days,
                centre_only: s.channel == "centre",
                samadhan_ek_din: s.samadhan_ek_din,
                keywords: s.keywords,
                life_events,
                name_hi: s.name_hi,
                name_en: s.name_en,
                id: s.id,
            }
        })
        .collect();
    CatalogueIndex { departments, services }
}

// ---------------------------------------------------------------------------------------------
// Vocabulary.

/// What is done about a subject: how the notified service is named.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum K {
    Certificate,
    CertDuplicate,
    CertCorrection,
    CertVerification,
    Licence,
    LicRenewal,
    LicDuplicate,
    LicTransfer,
    Registration,
    RegRenewal,
    RegCorrection,
    Permission,
    PermRenewal,
    Noc,
    Lease,
    LeaseRenewal,
    LeaseTransfer,
    New,
    NameChange,
    Disconnection,
    Reconnection,
    LoadChange,
    CertifiedCopy,
    Correction,
    Duplicate,
    Verification,
    Inspection,
    Approval,
    Allotment,
    Issue,
    Renewal,
    Transfer,
    Assistance,
    Scheme,
    Pension,
    Scholarship,
    Subsidy,
    Recognition,
    Admission,
    NoDues,
    Refund,
    Assessment,
    Payment,
    Repair,
    Replacement,
}

/// How a kind names a service (`{s}`: the subject), its everyday words, and its usual time limit.
struct KindSpec {
    hi: &'static str,
    en: &'static str,
    /// The kind in Hindi typed in Latin letters, appended to the subject's for a keyword.
    ro: &'static str,
    kw: &'static [&'static str],
    days: (u32, u32),
    /// Likelihood of being a same-day (Samadhan Ek Din) service, relative.
    same_day: f64,
}

const fn k(
    hi: &'static str,
    en: &'static str,
    ro: &'static str,
    kw: &'static [&'static str],
    days: (u32, u32),
    same_day: f64,
) -> KindSpec {
    KindSpec { hi, en, ro, kw, days, same_day }
}

impl K {
    fn spec(self) -> KindSpec {
        match self {
            K::Certificate => k("{s} प्रमाण पत्र", "{s} certificate", "praman patra", &["प्रमाण पत्र", "प्रमाणपत्र", "certificate", "praman patr"], (1, 30), 2.0),
            K::CertDuplicate => k("डुप्लीकेट {s} प्रमाण पत्र", "duplicate {s} certificate", "duplicate praman patra", &["डुप्लीकेट", "दूसरी प्रति", "duplicate", "dusri prati"], (1, 15), 2.0),
            K::CertCorrection => k("{s} प्रमाण पत्र में संशोधन", "correction in a {s} certificate", "praman patra sudhar", &["संशोधन", "सुधार", "correction", "sudhar", "sanshodhan"], (3, 30), 1.0),
            K::CertVerification => k("{s} प्रमाण पत्र का सत्यापन", "verification of a {s} certificate", "praman patra satyapan", &["सत्यापन", "जांच", "verification", "satyapan"], (3, 30), 0.5),
            K::Licence => k("{s} लाइसेंस", "{s} licence", "license", &["लाइसेंस", "अनुज्ञप्ति", "licence", "license", "lisens"], (7, 60), 0.3),
            K::LicRenewal => k("{s} लाइसेंस का नवीनीकरण", "renewal of a {s} licence", "license navinikaran", &["नवीनीकरण", "रिन्यूअल", "renewal", "navinikaran", "renew"], (7, 30), 0.5),
            K::LicDuplicate => k("डुप्लीकेट {s} लाइसेंस", "duplicate {s} licence", "duplicate license", &["डुप्लीकेट", "duplicate", "licence copy"], (3, 15), 0.5),
            K::LicTransfer => k("{s} लाइसेंस का हस्तांतरण", "transfer of a {s} licence", "license hastantaran", &["हस्तांतरण", "नाम परिवर्तन", "transfer", "hastantaran"], (15, 45), 0.2),
            K::Registration => k("{s} पंजीयन", "{s} registration", "panjiyan", &["पंजीयन", "रजिस्ट्रेशन", "registration", "panjiyan", "panjeeyan"], (1, 30), 1.0),
            K::RegRenewal => k("{s} पंजीयन का नवीनीकरण", "renewal of {s} registration", "panjiyan navinikaran", &["नवीनीकरण", "renewal", "navinikaran", "registration renew"], (7, 30), 0.5),
            K::RegCorrection => k("{s} पंजीयन में संशोधन", "correction in {s} registration", "panjiyan sudhar", &["संशोधन", "correction", "badlav", "sudhar"], (7, 30), 0.5),
            K::Permission => k("{s} की अनुमति", "permission for {s}", "anumati", &["अनुमति", "परमिशन", "permission", "anumati", "ijazat"], (3, 45), 0.2),
            K::PermRenewal => k("{s} की अनुमति का नवीनीकरण", "renewal of permission for {s}", "anumati navinikaran", &["नवीनीकरण", "renewal", "navinikaran"], (7, 30), 0.2),
            K::Noc => k("{s} हेतु अनापत्ति प्रमाण पत्र", "no objection certificate for {s}", "anapatti praman patra", &["एनओसी", "अनापत्ति", "noc", "anapatti", "no objection"], (7, 60), 0.1),
            K::Lease => k("{s} पट्टे की स्वीकृति", "grant of a {s} lease", "patta", &["पट्टा", "लीज", "lease", "patta"], (30, 90), 0.0),
            K::LeaseRenewal => k("{s} पट्टे का नवीनीकरण", "renewal of a {s} lease", "patta navinikaran", &["पट्टा नवीनीकरण", "lease renewal", "patta renew"], (30, 90), 0.0),
            K::LeaseTransfer => k("{s} पट्टे का हस्तांतरण", "transfer of a {s} lease", "patta hastantaran", &["हस्तांतरण", "lease transfer", "patta transfer"], (30, 90), 0.0),
            K::New => k("नवीन {s}", "new {s}", "naya", &["नया", "नवीन", "new", "naya"], (3, 30), 0.3),
            K::NameChange => k("{s} में नाम परिवर्तन", "change of name on a {s}", "naam parivartan", &["नाम परिवर्तन", "नाम बदलना", "name change", "naam badalna"], (7, 30), 0.5),
            K::Disconnection => k("{s} का विच्छेदन", "disconnection of a {s}", "kat karwana", &["कनेक्शन कटवाना", "बंद करना", "disconnection", "band karna"], (3, 15), 0.2),
            K::Reconnection => k("{s} पुनः जोड़ना", "reconnection of a {s}", "dobara jodna", &["फिर से जोड़ना", "reconnection", "dubara chalu"], (1, 7), 0.5),
            K::LoadChange => k("{s} में भार परिवर्तन", "load change on a {s}", "load badhana", &["भार वृद्धि", "लोड", "load increase", "load kam"], (7, 30), 0.2),
            K::CertifiedCopy => k("{s} की प्रमाणित प्रतिलिपि", "certified copy of {s}", "nakal", &["नकल", "प्रतिलिपि", "certified copy", "nakal", "pratilipi"], (1, 7), 3.0),
            K::Correction => k("{s} में संशोधन", "correction in {s}", "sudhar", &["संशोधन", "सुधार", "correction", "sudhar", "sanshodhan"], (7, 30), 0.7),
            K::Duplicate => k("डुप्लीकेट {s}", "duplicate {s}", "duplicate", &["डुप्लीकेट", "खो गया", "duplicate", "kho gaya", "lost"], (1, 15), 1.5),
            K::Verification => k("{s} का सत्यापन", "verification of {s}", "satyapan", &["सत्यापन", "वेरिफिकेशन", "verification", "satyapan"], (3, 30), 0.5),
            K::Inspection => k("{s} का निरीक्षण", "inspection of {s}", "nirikshan", &["निरीक्षण", "जांच", "inspection", "nirikshan", "janch"], (7, 30), 0.1),
            K::Approval => k("{s} की स्वीकृति", "sanction of {s}", "swikriti", &["स्वीकृति", "मंजूरी", "sanction", "approval", "manjuri", "swikriti"], (15, 90), 0.1),
            K::Allotment => k("{s} का आवंटन", "allotment of {s}", "aavantan", &["आवंटन", "allotment", "aavantan", "booking"], (7, 60), 0.1),
            K::Issue => k("{s} जारी करना", "issue of {s}", "banwana", &["बनवाना", "जारी", "issue", "banwana", "banana"], (1, 30), 1.0),
            K::Renewal => k("{s} का नवीनीकरण", "renewal of {s}", "navinikaran", &["नवीनीकरण", "renewal", "navinikaran", "renew"], (7, 30), 0.5),
            K::Transfer => k("{s} का हस्तांतरण", "transfer of {s}", "hastantaran", &["हस्तांतरण", "transfer", "hastantaran", "naam transfer"], (15, 45), 0.2),
            K::Assistance => k("{s} हेतु सहायता", "assistance for {s}", "sahayata", &["सहायता", "मदद", "assistance", "sahayata", "madad", "rashi"], (15, 90), 0.1),
            K::Scheme => k("{s} योजना का लाभ", "{s} scheme benefit", "yojana", &["योजना", "हितलाभ", "scheme", "yojana", "yojna"], (15, 90), 0.1),
            K::Pension => k("{s} पेंशन", "{s} pension", "pension", &["पेंशन", "pension", "pension yojana", "penshan"], (30, 90), 0.0),
            K::Scholarship => k("{s} छात्रवृत्ति", "{s} scholarship", "chhatravritti", &["छात्रवृत्ति", "वजीफा", "scholarship", "chatravriti", "wazifa"], (30, 90), 0.0),
            K::Subsidy => k("{s} हेतु अनुदान", "subsidy for {s}", "anudan", &["अनुदान", "सब्सिडी", "subsidy", "anudan", "sabsidi"], (30, 90), 0.0),
            K::Recognition => k("{s} की मान्यता", "recognition of {s}", "manyata", &["मान्यता", "recognition", "manyata"], (30, 90), 0.0),
            K::Admission => k("{s} में प्रवेश", "admission to {s}", "pravesh", &["प्रवेश", "एडमिशन", "admission", "pravesh", "dakhila"], (7, 30), 0.0),
            K::NoDues => k("{s} अदेय प्रमाण पत्र", "{s} no-dues certificate", "adeya praman patra", &["अदेय", "बकाया नहीं", "no dues", "nodues", "adey"], (1, 15), 2.0),
            K::Refund => k("{s} की राशि वापसी", "refund of {s}", "rashi wapsi", &["वापसी", "रिफंड", "refund", "wapsi", "paisa wapas"], (30, 90), 0.0),
            K::Assessment => k("{s} का निर्धारण", "assessment of {s}", "nirdharan", &["निर्धारण", "assessment", "nirdharan"], (15, 45), 0.2),
            K::Payment => k("{s} का अंतिम भुगतान", "final payment of {s}", "bhugtan", &["भुगतान", "payment", "bhugtan", "final payment"], (30, 90), 0.0),
            K::Repair => k("{s} की मरम्मत", "repair of {s}", "marammat", &["मरम्मत", "खराब", "repair", "marammat", "kharab"], (1, 15), 0.3),
            K::Replacement => k("{s} बदलना", "replacement of {s}", "badalna", &["बदलना", "replacement", "badalna", "kharab"], (3, 15), 0.3),
        }
    }
}

/// Groups of qualifiers the real lists append to names: "(घरेलू)", "(नगर निगम)", "(कक्षा 10वीं)".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Q {
    Area,
    Use,
    Building,
    UrbanBody,
    Discom,
    Term,
    Class,
    Scale,
    Level,
    Grade,
    School,
    Vehicle,
    Trade,
    Beds,
    Amount,
    Mineral,
    Pollution,
    Contractor,
    Cooperative,
    Water,
    Tatkal,
}

impl Q {
    fn options(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Q::Area => &[("ग्रामीण क्षेत्र", "rural areas"), ("नगरीय क्षेत्र", "urban areas")],
            Q::Use => &[("घरेलू", "domestic"), ("गैर-घरेलू", "non-domestic"), ("औद्योगिक", "industrial"), ("कृषि", "agricultural")],
            Q::Building => &[("आवासीय", "residential"), ("व्यावसायिक", "commercial"), ("संस्थागत", "institutional"), ("औद्योगिक", "industrial")],
            Q::UrbanBody => &[("नगर निगम", "municipal corporation"), ("नगर पालिका परिषद", "municipal council"), ("नगर परिषद", "nagar parishad")],
            Q::Discom => &[("पूर्व क्षेत्र", "east zone"), ("मध्य क्षेत्र", "central zone"), ("पश्चिम क्षेत्र", "west zone")],
            Q::Term => &[("अस्थायी", "temporary"), ("स्थायी", "permanent")],
            Q::Class => &[("अनुसूचित जाति", "Scheduled Castes"), ("अनुसूचित जनजाति", "Scheduled Tribes"), ("अन्य पिछड़ा वर्ग", "Other Backward Classes"), ("सामान्य वर्ग", "general category")],
            Q::Scale => &[("लघु", "small"), ("मध्यम", "medium"), ("वृहद", "large")],
            Q::Level => &[("जिला स्तर", "district level"), ("संभाग स्तर", "division level"), ("राज्य स्तर", "state level")],
            Q::Grade => &[("कक्षा 10वीं", "class 10"), ("कक्षा 12वीं", "class 12"), ("कक्षा 8वीं", "class 8")],
            Q::School => &[("प्राथमिक", "primary"), ("माध्यमिक", "middle"), ("हाई स्कूल", "high school"), ("हायर सेकेंडरी", "higher secondary")],
            Q::Vehicle => &[("दोपहिया", "two-wheeler"), ("चारपहिया", "four-wheeler"), ("परिवहन यान", "transport vehicle"), ("ट्रैक्टर", "tractor")],
            Q::Trade => &[("थोक", "wholesale"), ("खुदरा", "retail")],
            Q::Beds => &[("30 बिस्तर तक", "up to 30 beds"), ("30 बिस्तर से अधिक", "above 30 beds")],
            Q::Amount => &[("5 लाख रुपये तक", "up to Rs 5 lakh"), ("5 लाख रुपये से अधिक", "above Rs 5 lakh")],
            Q::Mineral => &[("गौण खनिज", "minor minerals"), ("मुख्य खनिज", "major minerals")],
            Q::Pollution => &[("लाल श्रेणी", "red category"), ("नारंगी श्रेणी", "orange category"), ("हरी श्रेणी", "green category")],
            Q::Contractor => &[("श्रेणी ए", "class A"), ("श्रेणी बी", "class B"), ("श्रेणी सी", "class C")],
            Q::Cooperative => &[("गृह निर्माण", "housing"), ("साख", "credit"), ("विपणन", "marketing"), ("उपभोक्ता", "consumer")],
            Q::Water => &[("ग्रामीण तालाब", "village pond"), ("जलाशय", "reservoir"), ("नदी", "river")],
            Q::Tatkal => &[("तत्काल", "tatkal")],
        }
    }
}

/// Something a department deals in, and what it does about it.
struct Subject {
    hi: &'static str,
    en: &'static str,
    ro: &'static str,
    kw: &'static [&'static str],
    kinds: &'static [K],
    q: &'static [Q],
}

const fn s(
    hi: &'static str,
    en: &'static str,
    ro: &'static str,
    kw: &'static [&'static str],
    kinds: &'static [K],
    q: &'static [Q],
) -> Subject {
    Subject { hi, en, ro, kw, kinds, q }
}

struct Dept {
    id: &'static str,
    hi: &'static str,
    en: &'static str,
    events: &'static [LifeEvent],
    /// Whether its notifications count working days (most do).
    working: bool,
    subjects: &'static [Subject],
}

use K::*;
use LifeEvent as E;

const NONE: &[Q] = &[];

/// The departments: the 16 of the real sample (their names come from services.toml) and others
/// of the state, each with the subjects of its notified services.
const DEPTS: &[Dept] = &[
    Dept { id: "gad", hi: "", en: "", events: &[E::BirthFamily, E::Education], working: true, subjects: &[
        s("आय", "income", "aay", &["आमदनी", "इनकम", "aamdani", "income proof"], &[CertDuplicate, CertCorrection, CertVerification], &[Q::Tatkal]),
        s("मूल निवासी", "domicile", "mool niwasi", &["निवास", "डोमिसाइल", "niwas", "residence proof"], &[Certificate, CertDuplicate, CertCorrection, CertVerification], &[Q::Tatkal]),
        s("आर्थिक रूप से कमजोर वर्ग", "economically weaker section", "arthik kamjor varg", &["ईडब्ल्यूएस", "गरीब सवर्ण", "ews", "ews certificate"], &[Certificate, CertDuplicate, CertCorrection, CertVerification], NONE),
        s("शासकीय सेवक की सेवा पुस्तिका", "a government servant's service book", "seva pustika", &["सर्विस बुक", "service book", "naukri record"], &[CertifiedCopy, Correction, Verification], NONE),
        s("शासकीय आवास", "government housing", "sarkari awas", &["क्वार्टर", "सरकारी मकान", "quarter", "sarkari makan"], &[Allotment, NoDues], &[Q::Level]),
        s("अनुकंपा नियुक्ति", "compassionate appointment", "anukampa niyukti", &["अनुकम्पा", "compassionate job", "naukri"], &[Approval, Verification], &[Q::Level]),
        s("वंशावली", "family lineage", "vanshavali", &["वंश वृक्ष", "खानदान", "family tree", "vansh"], &[Certificate, CertVerification], NONE),
    ]},
    Dept { id: "revenue", hi: "", en: "", events: &[E::LandFarming], working: true, subjects: &[
        s("भू-अधिकार एवं ऋण पुस्तिका", "land rights and loan book", "bhu adhikar rin pustika", &["किसान किताब", "पास बुक", "kisan kitab", "pass book"], &[Issue, Duplicate, Correction], NONE),
        s("शोधन क्षमता", "solvency", "shodhan kshamta", &["हैसियत", "सॉल्वेंसी", "solvency", "haisiyat"], &[Certificate, CertDuplicate, CertVerification], &[Q::Amount]),
        s("भूमि व्यपवर्तन", "land diversion", "bhumi vyapvartan", &["डायवर्सन", "भूमि उपयोग परिवर्तन", "diversion", "land use change", "dayvarsan"], &[Approval, CertifiedCopy, Correction], &[Q::Area, Q::Building]),
        s("राजस्व न्यायालय के आदेश", "a revenue court order", "rajasva nyayalay aadesh", &["आदेश की नकल", "court order", "aadesh ki nakal"], &[CertifiedCopy, Verification], &[Q::Level]),
        s("नक्शा तरमीम", "map amendment", "naksha tarmeem", &["तरमीम", "नक्शा सुधार", "tarmim", "naksha sudhar"], &[Approval, CertifiedCopy], &[Q::Area]),
        s("वृक्ष कटाई", "tree felling", "vriksh katai", &["पेड़ कटाई", "ped katai", "tree cutting"], &[Permission], &[Q::Area]),
        s("भू-अभिलेख", "land records", "bhu abhilekh", &["खतौनी", "जमीन का रिकॉर्ड", "bhulekh", "khatauni", "land record"], &[CertifiedCopy, Correction, Verification, Inspection], &[Q::Area]),
        s("फसल क्षति", "crop damage", "fasal kshati", &["फसल नुकसान", "मुआवजा", "crop loss", "fasal nuksan", "muavza"], &[Assistance, Verification], NONE),
        s("प्राकृतिक आपदा", "natural calamity", "prakritik aapda", &["बाढ़", "ओलावृष्टि", "आरबीसी 6-4", "baadh", "flood relief", "rbc 6-4"], &[Assistance], &[Q::Amount]),
        s("सीमांकन प्रतिवेदन", "demarcation report", "seemankan prativedan", &["नपती", "napti", "naap"], &[CertifiedCopy], NONE),
        s("वसीयत के आधार पर नामांतरण", "mutation on the basis of a will", "vasiyat namantaran", &["वसीयत", "will", "namantran"], &[Approval], &[Q::Area]),
        s("भूमि बंधक", "land mortgage", "bhumi bandhak", &["गिरवी", "बंधक", "mortgage", "girvi"], &[Registration, NoDues], NONE),
        s("भू-राजस्व", "land revenue", "bhu rajasv", &["लगान", "lagan", "land tax"], &[Assessment, NoDues, Refund], NONE),
        s("अतिक्रमण", "encroachment", "atikraman", &["कब्जा", "kabza", "encroachment removal"], &[Inspection], &[Q::Area]),
    ]},
    Dept { id: "urban", hi: "", en: "", events: &[E::BusinessBuilding, E::BirthFamily], working: true, subjects: &[
        s("भवन निर्माण", "building construction", "bhavan nirman", &["नक्शा पास", "मकान", "naksha pass", "ghar", "makan"], &[Permission, PermRenewal, Noc, Inspection], &[Q::Building, Q::UrbanBody]),
        s("संपत्ति कर", "property tax", "sampatti kar", &["हाउस टैक्स", "house tax", "makan tax"], &[Assessment, Correction, NoDues, Refund], &[Q::UrbanBody]),
        s("संपत्ति", "property", "sampatti", &["मकान", "प्लॉट", "plot", "makan"], &[NameChange, Transfer], &[Q::UrbanBody]),
        s("नल कनेक्शन", "tap connection", "nal connection", &["पानी", "जल", "pani", "water connection"], &[New, NameChange, Disconnection, Reconnection], &[Q::Use, Q::UrbanBody]),
        s("सीवर कनेक्शन", "sewer connection", "sewer connection", &["नाली", "सीवरेज", "nali", "drainage"], &[New, NameChange, Disconnection], &[Q::Use, Q::UrbanBody]),
        s("व्यापार", "trade", "vyapar", &["दुकान", "गुमाश्ता", "dukan", "gumasta", "shop"], &[LicRenewal, LicDuplicate, LicTransfer], &[Q::Scale, Q::UrbanBody]),
        s("अग्नि सुरक्षा", "fire safety", "agni suraksha", &["अग्निशमन", "फायर", "fire noc", "agnishaman"], &[Noc, Inspection], &[Q::Building, Q::UrbanBody]),
        s("विवाह", "marriage", "vivah", &["शादी", "shaadi", "marriage registration", "shadi"], &[Registration, Certificate, CertDuplicate, CertCorrection], &[Q::UrbanBody]),
        s("जन्म", "birth", "janm", &["जन्म प्रमाण", "birth certificate", "janam"], &[CertDuplicate, CertCorrection], &[Q::UrbanBody, Q::Tatkal]),
        s("मृत्यु", "death", "mrityu", &["मृत्यु प्रमाण", "death certificate", "maut"], &[CertDuplicate, CertCorrection], &[Q::UrbanBody, Q::Tatkal]),
        s("होर्डिंग विज्ञापन", "hoarding advertisement", "hoarding vigyapan", &["विज्ञापन", "बैनर", "banner", "advertisement"], &[Permission, PermRenewal], &[Q::Term, Q::UrbanBody]),
        s("सामुदायिक भवन", "a community hall", "samudayik bhavan", &["मंगल भवन", "बारात घर", "mangal bhavan", "shadi hall"], &[Allotment], &[Q::UrbanBody]),
        s("पथ विक्रेता", "street vendor", "path vikreta", &["ठेला", "फेरीवाला", "thela", "hawker", "pheriwala"], &[Registration, RegRenewal], &[Q::UrbanBody]),
        s("कचरा संग्रहण", "waste collection", "kachra sangrahan", &["सफाई", "कचरा गाड़ी", "safai", "garbage"], &[Registration], &[Q::Use, Q::UrbanBody]),
    ]},
    Dept { id: "panchayat", hi: "", en: "", events: &[E::LandFarming, E::PensionSocial], working: true, subjects: &[
        s("मनरेगा जॉब कार्ड", "MGNREGA job card", "manrega job card", &["रोजगार गारंटी", "जॉब कार्ड", "nrega", "job card"], &[Issue, Duplicate, Correction], NONE),
        s("प्रधानमंत्री आवास", "PM housing", "pradhan mantri awas", &["पीएम आवास", "आवास योजना", "pm awas", "pmay"], &[Scheme, Approval], NONE),
        s("ग्राम पंचायत क्षेत्र में भवन निर्माण", "building construction in a gram panchayat area", "gram panchayat bhavan anumati", &["नक्शा", "मकान", "naksha", "ghar banana"], &[Permission], &[Q::Building]),
        s("ग्राम पंचायत क्षेत्र में व्यवसाय", "business in a gram panchayat area", "panchayat vyavsay", &["दुकान", "dukan", "business"], &[Licence, LicRenewal], &[Q::Scale]),
        s("परिवार रजिस्टर", "the family register", "parivar register", &["परिवार की नकल", "parivar nakal", "family record"], &[CertifiedCopy, Correction], NONE),
        s("स्वच्छ भारत शौचालय", "Swachh Bharat toilet", "shauchalay", &["शौचालय", "toilet", "sauchalay"], &[Assistance], NONE),
        s("ग्राम पंचायत जल कर", "gram panchayat water tax", "panchayat jal kar", &["पानी का टैक्स", "jal kar", "water tax"], &[Assessment, NoDues], NONE),
        s("पंचायत भूमि", "panchayat land", "panchayat bhumi", &["आबादी भूमि", "abadi", "gram bhumi"], &[Allotment, Lease], NONE),
    ]},
    Dept { id: "school", hi: "", en: "", events: &[E::Education], working: false, subjects: &[
        s("अंकसूची", "marksheet", "ankasuchi", &["मार्कशीट", "marksheet", "result"], &[Duplicate, Correction, Verification], &[Q::Grade]),
        s("स्थानांतरण", "transfer", "sthanantaran", &["टीसी", "transfer certificate", "tc"], &[Certificate, CertDuplicate], &[Q::School]),
        s("अशासकीय विद्यालय", "a private school", "ashaskiya vidyalay", &["प्राइवेट स्कूल", "private school", "school manyata"], &[Recognition, Noc, Registration], &[Q::School]),
        s("निःशुल्क साइकिल", "free bicycle", "free cycle", &["साइकिल", "cycle", "saikil"], &[Scheme], NONE),
        s("प्रतिभावान विद्यार्थी लैपटॉप", "meritorious student laptop", "laptop yojana", &["लैपटॉप", "laptop", "pratibhashali"], &[Assistance], NONE),
        s("माइग्रेशन", "migration", "migration", &["प्रवास प्रमाण पत्र", "migration"], &[CertCorrection, CertVerification], NONE),
        s("जन्मतिथि", "date of birth", "janmtithi", &["उम्र", "dob", "birth date"], &[Correction, Certificate], &[Q::Grade]),
        s("सरकारी स्कूल", "a government school", "sarkari school", &["स्कूल", "school", "vidyalay"], &[Admission], &[Q::School]),
    ]},
    Dept { id: "home", hi: "", en: "", events: &[E::Police], working: false, subjects: &[
        s("चरित्र", "character", "charitra", &["पुलिस वेरिफिकेशन", "चालचलन", "police verification", "chal chalan"], &[Certificate, CertDuplicate], NONE),
        s("शस्त्र", "arms", "shastra", &["बंदूक", "गन", "gun", "banduk"], &[Licence, LicDuplicate, LicTransfer], NONE),
        s("जुलूस या रैली", "a procession or rally", "juloos", &["रैली", "धरना", "rally", "dharna"], &[Permission], NONE),
        s("लाउडस्पीकर", "loudspeaker", "loudspeaker", &["ध्वनि विस्तारक", "डीजे", "dj", "speaker"], &[Permission], &[Q::Term]),
        s("प्रथम सूचना रिपोर्ट", "a first information report", "fir", &["एफआईआर", "fir copy", "fir ki nakal"], &[CertifiedCopy], NONE),
        s("गुमशुदा वस्तु", "lost article", "gumshuda saman", &["खोया सामान", "lost report", "gum"], &[Certificate], NONE),
        s("पोस्टमार्टम रिपोर्ट", "a post-mortem report", "postmortem report", &["पीएम रिपोर्ट", "pm report"], &[CertifiedCopy], NONE),
        s("सड़क दुर्घटना", "road accident", "sadak durghatna", &["एक्सीडेंट", "हादसा", "accident", "hadsa"], &[Assistance], NONE),
        s("निजी सुरक्षा एजेंसी", "private security agency", "security agency", &["सिक्योरिटी", "गार्ड", "guard"], &[Licence, LicRenewal], NONE),
        s("पासपोर्ट", "passport", "passport", &["पासपोर्ट वेरिफिकेशन", "passport police verification"], &[Verification], &[Q::Tatkal]),
        s("कर्मचारी", "employee", "karmchari", &["नौकरी", "नौकर", "staff verification", "naukar"], &[Verification], NONE),
    ]},
    Dept { id: "transport", hi: "", en: "", events: &[E::Vehicles], working: false, subjects: &[
        s("वाहन", "vehicle", "vahan", &["गाड़ी", "gaadi", "rc", "gadi"], &[Registration, RegRenewal, Noc, Verification], &[Q::Vehicle]),
        s("पंजीयन प्रमाण पत्र", "registration certificate", "rc", &["आरसी", "rc", "gaadi ke kagaz"], &[Duplicate, Correction], &[Q::Vehicle]),
        s("वाहन स्वामित्व", "vehicle ownership", "gaadi malik", &["नाम ट्रांसफर", "ownership transfer", "gaadi transfer"], &[Transfer], &[Q::Vehicle]),
        s("ड्राइविंग लाइसेंस", "driving licence", "driving license", &["डीएल", "dl", "licence"], &[Duplicate, Correction, Verification], NONE),
        s("परमिट", "permit", "permit", &["बस परमिट", "taxi permit", "autorickshaw"], &[Issue, Renewal, Transfer], &[Q::Vehicle, Q::Term]),
        s("फिटनेस", "fitness", "fitness", &["गाड़ी फिटनेस", "fitness certificate", "gaadi fitness"], &[Certificate, CertDuplicate], &[Q::Vehicle]),
        s("वाहन कर", "vehicle tax", "vahan tax", &["रोड टैक्स", "road tax", "tax"], &[Refund, NoDues], &[Q::Vehicle]),
        s("कंडक्टर", "conductor", "conductor", &["परिचालक", "conductor licence"], &[Licence, LicRenewal], NONE),
    ]},
    Dept { id: "finance", hi: "", en: "", events: &[E::PensionSocial], working: true, subjects: &[
        s("पेंशन भुगतान आदेश", "pension payment order", "ppo", &["पीपीओ", "ppo", "pension order"], &[Issue, Duplicate, Correction], NONE),
        s("सामान्य भविष्य निधि", "general provident fund", "gpf", &["जीपीएफ", "gpf", "bhavishya nidhi"], &[Payment, Correction], NONE),
        s("परिवार पेंशन", "family pension", "parivar pension", &["फैमिली पेंशन", "family pension"], &[Approval, Correction], NONE),
        s("ग्रेच्युटी", "gratuity", "gratuity", &["उपादान", "graituity"], &[Payment], NONE),
        s("समूह बीमा", "group insurance", "group bima", &["बीमा", "bima", "insurance"], &[Payment], NONE),
        s("अवकाश नकदीकरण", "leave encashment", "chhutti nakdikaran", &["छुट्टी का पैसा", "leave encashment", "earned leave"], &[Payment], NONE),
    ]},
    Dept { id: "health", hi: "", en: "", events: &[E::Health], working: true, subjects: &[
        s("नर्सिंग होम", "nursing home", "nursing home", &["अस्पताल", "क्लिनिक", "hospital", "clinic"], &[Registration, RegRenewal], &[Q::Beds]),
        s("चिकित्सा", "medical", "medical", &["फिटनेस", "medical certificate", "swasthya"], &[Certificate], NONE),
        s("शारीरिक स्वस्थता", "physical fitness", "sharirik swasthata", &["मेडिकल", "medical fitness", "fit"], &[Certificate], NONE),
        s("दिव्यांगता", "disability", "divyangta", &["विकलांग", "viklang", "handicap"], &[CertDuplicate, CertCorrection], NONE),
        s("जननी सुरक्षा", "Janani Suraksha", "janani suraksha", &["प्रसव", "delivery", "jsy"], &[Scheme], NONE),
        s("खाद्य व्यवसाय", "food business", "khadya vyavsay", &["एफएसएसएआई", "fssai", "food license"], &[Licence, LicRenewal, Registration], &[Q::Scale]),
        s("औषधि विक्रय", "drug sale", "dawa dukan", &["मेडिकल स्टोर", "दवा", "medical store", "pharmacy", "chemist"], &[Licence, LicRenewal, LicDuplicate, LicTransfer], &[Q::Trade]),
        s("रक्त कोष", "blood bank", "blood bank", &["खून", "ब्लड", "khoon"], &[Licence, LicRenewal], NONE),
        s("मेडिकल बोर्ड", "medical board", "medical board", &["बोर्ड", "medical board certificate"], &[Certificate], NONE),
        s("पैथोलॉजी लैब", "pathology lab", "pathology", &["लैब", "जांच केंद्र", "lab", "test"], &[Registration, RegRenewal], NONE),
    ]},
    Dept { id: "labour", hi: "", en: "", events: &[E::PensionSocial, E::BusinessBuilding], working: true, subjects: &[
        s("दुकान एवं स्थापना", "shops and establishments", "dukan sthapna", &["गुमाश्ता", "gumasta", "shop act"], &[Registration, RegRenewal, RegCorrection], &[Q::Scale]),
        s("ठेका श्रमिक", "contract labour", "theka shramik", &["ठेकेदार", "contractor", "theka"], &[Licence, LicRenewal], NONE),
        s("कारखाना", "factory", "karkhana", &["फैक्ट्री", "factory licence", "udyog"], &[Licence, LicRenewal, LicTransfer, Registration], &[Q::Scale]),
        s("असंगठित श्रमिक", "unorganised worker", "asangathit shramik", &["संबल", "sambal", "majdoor card"], &[Registration, Verification], NONE),
        s("श्रमिक प्रसूति", "a worker's maternity", "shramik prasuti", &["प्रसूति सहायता", "maternity", "delivery"], &[Assistance], NONE),
        s("श्रमिक अंत्येष्टि", "a worker's funeral", "antyeshti", &["अंतिम संस्कार", "funeral", "kriya karm"], &[Assistance], NONE),
        s("श्रमिक विवाह", "a worker's marriage", "shramik vivah", &["शादी सहायता", "shadi", "vivah sahayata"], &[Assistance], NONE),
        s("बॉयलर", "boiler", "boiler", &["भाप", "steam"], &[Registration, Inspection, Certificate], NONE),
    ]},
    Dept { id: "wcd", hi: "", en: "", events: &[E::BirthFamily], working: true, subjects: &[
        s("आंगनवाड़ी", "anganwadi", "anganwadi", &["आंगनबाड़ी", "aanganwadi", "poshan"], &[Admission, Registration], NONE),
        s("लाड़ली बहना", "Ladli Behna", "ladli behna", &["लाडली बहना", "behna yojana", "1250"], &[Scheme, Correction, Registration], NONE),
        s("लाड़ली लक्ष्मी", "Ladli Laxmi", "ladli laxmi", &["लाडली", "ladli lakshmi", "beti"], &[Certificate, Correction, Scholarship], NONE),
        s("मुख्यमंत्री कन्या विवाह", "Chief Minister's daughter marriage", "kanya vivah", &["कन्यादान", "kanyadan", "shadi sahayata"], &[Scheme, Assistance], NONE),
        s("बाल देखरेख संस्था", "child care institution", "bal dekhrekh", &["अनाथालय", "orphanage", "shishu griha"], &[Registration, RegRenewal], NONE),
        s("दत्तक ग्रहण", "adoption", "dattak grahan", &["गोद लेना", "god lena", "adopt"], &[Registration, Certificate], NONE),
        s("वन स्टॉप सेंटर", "One Stop Centre", "one stop centre", &["सखी", "sakhi", "mahila helpline"], &[Assistance], NONE),
    ]},
    Dept { id: "social", hi: "", en: "", events: &[E::PensionSocial], working: true, subjects: &[
        s("वृद्धावस्था", "old age", "vriddhavastha", &["बुजुर्ग", "बुढ़ापा", "budhapa", "old age", "vridha"], &[Pension], &[Q::Area]),
        s("विधवा", "widow", "vidhwa", &["बेवा", "widow", "vidhava"], &[Pension], &[Q::Area]),
        s("दिव्यांग", "disabled person's", "divyang", &["विकलांग", "viklang", "handicap"], &[Pension, Scholarship], &[Q::Area]),
        s("समग्र आईडी", "Samagra ID", "samagra id", &["समग्र", "samagra", "family id", "samagra number"], &[Registration, Correction, Verification], NONE),
        s("परित्यक्ता", "abandoned woman's", "parityakta", &["छोड़ी हुई महिला", "abandoned"], &[Pension], NONE),
        s("अविवाहिता", "unmarried woman's", "avivahita", &["अविवाहित महिला", "unmarried"], &[Pension], NONE),
        s("कृत्रिम अंग", "artificial limbs", "kritrim ang", &["ट्राइसाइकिल", "व्हीलचेयर", "tricycle", "wheelchair"], &[Assistance], NONE),
        s("दिव्यांग विवाह प्रोत्साहन", "disabled marriage incentive", "divyang vivah", &["शादी", "incentive", "protsahan"], &[Assistance], NONE),
        s("वरिष्ठ नागरिक पहचान पत्र", "senior citizen identity card", "varishth nagrik card", &["बुजुर्ग", "senior citizen card", "budhe"], &[Issue, Duplicate], NONE),
        s("नशा मुक्ति केंद्र", "de-addiction centre", "nasha mukti", &["नशा", "nasha", "rehab"], &[Registration, Subsidy], NONE),
    ]},
    Dept { id: "food", hi: "", en: "", events: &[E::BirthFamily], working: true, subjects: &[
        s("राशन कार्ड", "ration card", "ration card", &["पात्रता पर्ची", "बीपीएल कार्ड", "patrata parchi", "bpl card", "anaj"], &[Issue, Duplicate, Correction, Transfer], &[Q::Area]),
        s("पात्रता पर्ची", "eligibility slip", "patrata parchi", &["राशन", "ration slip", "parchi"], &[Issue, Correction], NONE),
        s("उचित मूल्य दुकान", "a fair price shop", "uchit mulya dukan", &["राशन दुकान", "ration dukan", "pds shop"], &[Allotment, Transfer], &[Q::Area]),
        s("पेट्रोल पंप", "a petrol pump", "petrol pump", &["डीजल", "पेट्रोल", "diesel", "fuel station"], &[Noc], &[Q::Area]),
        s("गैस एजेंसी", "a gas agency", "gas agency", &["एलपीजी", "सिलेंडर", "lpg", "cylinder"], &[Noc], NONE),
        s("बाट एवं माप", "weights and measures", "baat maap", &["तौल कांटा", "तराजू", "tarazu", "weighing scale"], &[Verification, Licence], &[Q::Trade]),
        s("केरोसीन", "kerosene", "kerosene", &["मिट्टी का तेल", "mitti tel"], &[Licence], &[Q::Trade]),
    ]},
    Dept { id: "energy", hi: "", en: "", events: &[E::BusinessBuilding], working: true, subjects: &[
        s("निम्नदाब विद्युत कनेक्शन", "low-tension electricity connection", "bijli connection", &["बिजली", "मीटर", "bijli", "meter", "light connection"], &[New, NameChange, Disconnection, Reconnection, LoadChange], &[Q::Use, Q::Discom]),
        s("उच्चदाब विद्युत कनेक्शन", "high-tension electricity connection", "ht connection", &["एचटी", "ht", "bijli"], &[New, LoadChange, Disconnection], &[Q::Discom]),
        s("अस्थायी विद्युत कनेक्शन", "temporary electricity connection", "asthayi bijli", &["शादी", "कार्यक्रम", "temporary light"], &[New], &[Q::Discom]),
        s("विद्युत मीटर", "electricity meter", "bijli meter", &["मीटर", "meter", "meter kharab"], &[Replacement, Inspection], &[Q::Use, Q::Discom]),
        s("विद्युत बिल", "electricity bill", "bijli bill", &["बिल", "bill", "bijli ka bill"], &[Correction, Duplicate, NoDues], &[Q::Use, Q::Discom]),
        s("विद्युत ठेकेदार", "electrical contractor", "bijli thekedar", &["वायरमैन", "wireman", "electrical licence"], &[Licence, LicRenewal], NONE),
        s("सिंचाई पंप कनेक्शन", "irrigation pump connection", "sinchai pump", &["कृषि पंप", "मोटर", "krishi pump", "motor"], &[New, LoadChange], &[Q::Term, Q::Discom]),
        s("ट्रांसफार्मर", "transformer", "transformer", &["डीपी", "dp", "transformer jal gaya"], &[Replacement, Repair], &[Q::Area, Q::Discom]),
    ]},
    Dept { id: "housing_env", hi: "", en: "", events: &[E::BusinessBuilding], working: false, subjects: &[
        s("विकास अनुज्ञा", "development permission", "vikas anugya", &["ले-आउट", "टीएनसीपी", "layout", "tncp", "naksha"], &[Approval, CertifiedCopy], &[Q::Building]),
        s("भूमि उपयोग", "land use", "bhumi upyog", &["लैंड यूज", "land use certificate", "master plan"], &[Certificate], NONE),
        s("कॉलोनी विकास", "colony development", "colony vikas", &["कॉलोनी", "colony", "layout"], &[Permission], &[Q::Scale]),
        s("कॉलोनाइजर", "colonizer", "colonizer", &["बिल्डर", "builder", "colony"], &[Registration, RegRenewal], NONE),
        s("रेरा परियोजना", "RERA project", "rera", &["रेरा", "rera", "real estate"], &[Registration, RegCorrection], NONE),
    ]},
    Dept { id: "psm", hi: "", en: "", events: &[E::BirthFamily], working: true, subjects: &[
        s("लोक सेवा केंद्र", "public service centre", "lok seva kendra", &["एमपी ऑनलाइन", "कियोस्क", "kiosk", "csc"], &[Allotment, Renewal], NONE),
        s("लोक सेवा गारंटी प्रकरण", "a public service guarantee case", "lok seva guarantee", &["अपील", "appeal", "psg"], &[CertifiedCopy], NONE),
        s("मुख्यमंत्री हेल्पलाइन शिकायत", "CM Helpline complaint", "cm helpline", &["181", "शिकायत", "shikayat", "complaint"], &[Registration], NONE),
    ]},
    // Departments beyond the sample.
    Dept { id: "agriculture", hi: "किसान कल्याण तथा कृषि विकास विभाग", en: "Farmer Welfare and Agriculture Development Department", events: &[E::LandFarming], working: true, subjects: &[
        s("बीज", "seed", "beej", &["बीज विक्रय", "seeds", "beej dukan"], &[Licence, LicRenewal], &[Q::Trade]),
        s("उर्वरक", "fertiliser", "urvarak", &["खाद", "यूरिया", "khad", "fertilizer", "yuria"], &[Licence, LicRenewal], &[Q::Trade]),
        s("कीटनाशक", "pesticide", "keetnashak", &["दवाई", "spray", "insecticide"], &[Licence, LicRenewal], &[Q::Trade]),
        s("कृषि यंत्र", "farm machinery", "krishi yantra", &["ट्रैक्टर", "थ्रेशर", "tractor", "thresher"], &[Subsidy], &[Q::Class]),
        s("मृदा स्वास्थ्य कार्ड", "soil health card", "mrida swasthya card", &["मिट्टी परीक्षण", "mitti parikshan", "soil test"], &[Issue, Duplicate], NONE),
        s("किसान क्रेडिट कार्ड", "Kisan Credit Card", "kisan credit card", &["केसीसी", "kcc", "fasal rin"], &[Issue, Renewal], NONE),
        s("फसल बीमा", "crop insurance", "fasal bima", &["प्रधानमंत्री फसल बीमा", "pmfby", "bima claim"], &[Scheme, Registration], NONE),
        s("ड्रिप सिंचाई", "drip irrigation", "drip sinchai", &["स्प्रिंकलर", "sprinkler", "tapak sinchai"], &[Subsidy], &[Q::Class]),
        s("कृषि उपज मंडी", "agricultural produce market", "mandi", &["मंडी", "व्यापारी", "mandi license", "trader"], &[Licence, LicRenewal], &[Q::Trade]),
    ]},
    Dept { id: "horticulture", hi: "उद्यानिकी एवं खाद्य प्रसंस्करण विभाग", en: "Horticulture and Food Processing Department", events: &[E::LandFarming, E::BusinessBuilding], working: true, subjects: &[
        s("उद्यानिकी नर्सरी", "horticulture nursery", "nursery", &["पौधशाला", "paudhshala", "nursery"], &[Registration, RegRenewal, Recognition], &[Q::Scale]),
        s("फल उद्यान", "fruit orchard", "phal udyan", &["बगीचा", "bagicha", "orchard", "aam"], &[Subsidy], &[Q::Class]),
        s("खाद्य प्रसंस्करण इकाई", "food processing unit", "khadya prasanskaran", &["फूड प्रोसेसिंग", "food processing", "pmfme"], &[Subsidy, Registration], &[Q::Scale]),
        s("पॉली हाउस", "polyhouse", "poly house", &["ग्रीन हाउस", "green house", "shade net"], &[Subsidy], &[Q::Class]),
        s("शीत भंडार", "cold storage", "cold storage", &["कोल्ड स्टोरेज", "cold storage"], &[Licence, LicRenewal, Subsidy], &[Q::Scale]),
    ]},
    Dept { id: "animal-husbandry", hi: "पशुपालन एवं डेयरी विभाग", en: "Animal Husbandry and Dairy Department", events: &[E::LandFarming], working: true, subjects: &[
        s("पशु स्वास्थ्य", "animal health", "pashu swasthya", &["पशु", "जानवर", "janwar", "maveshi", "vet"], &[Certificate], NONE),
        s("दुग्ध सहकारी समिति", "milk cooperative society", "dugdh samiti", &["डेयरी", "dairy", "doodh"], &[Registration], NONE),
        s("आचार्य विद्यासागर गौ संवर्धन", "Acharya Vidyasagar cow development", "gau samvardhan", &["गाय", "डेयरी", "gaay", "dairy loan"], &[Scheme], &[Q::Class]),
        s("पशु बीमा", "livestock insurance", "pashu bima", &["मवेशी बीमा", "bima", "cattle insurance"], &[Scheme], NONE),
        s("पशु परिवहन", "animal transport", "pashu parivahan", &["मवेशी", "cattle", "transport"], &[Permission], NONE),
        s("कुक्कुट पालन", "poultry farming", "murgi palan", &["मुर्गी", "poultry", "kukkut"], &[Subsidy, Registration], &[Q::Scale]),
        s("बकरी पालन", "goat rearing", "bakri palan", &["बकरी", "goat"], &[Subsidy], &[Q::Class]),
        s("पशु आहार", "cattle feed", "pashu aahar", &["चारा", "chara", "feed"], &[Licence, Registration], &[Q::Trade]),
    ]},
    Dept { id: "fisheries", hi: "मछुआ कल्याण तथा मत्स्य विकास विभाग", en: "Fishermen Welfare and Fisheries Development Department", events: &[E::LandFarming, E::BusinessBuilding], working: true, subjects: &[
        s("मत्स्य पालन", "fish farming", "machhli palan", &["मछली", "मछली पालन", "machhli", "fish"], &[Lease, LeaseRenewal, LeaseTransfer, Subsidy], &[Q::Water]),
        s("मछुआ क्रेडिट कार्ड", "fishermen credit card", "machhua credit card", &["केसीसी", "kcc", "machhua"], &[Issue, Renewal, Duplicate], NONE),
        s("मछुआ सहकारी समिति", "fishermen cooperative society", "machhua samiti", &["समिति", "society", "machhua"], &[Registration, RegCorrection], NONE),
        s("मत्स्य बीज उत्पादन", "fish seed production", "matsya beej utpadan", &["हैचरी", "hatchery", "machhli beej"], &[Registration, Subsidy], &[Q::Scale]),
        s("मछुआ दुर्घटना बीमा", "fishermen accident insurance", "machhua bima", &["बीमा", "bima", "accident"], &[Assistance], NONE),
        s("मत्स्याखेट", "fishing", "machhli pakadna", &["मछली पकड़ना", "jaal", "fishing licence"], &[Licence, LicRenewal], &[Q::Water]),
    ]},
    Dept { id: "forest", hi: "वन विभाग", en: "Forest Department", events: &[E::LandFarming, E::BusinessBuilding], working: false, subjects: &[
        s("वनोपज परिवहन", "forest produce transit", "vanopaj parivahan", &["टीपी", "transit pass", "lakdi", "tp"], &[Permission], NONE),
        s("आरा मशीन", "saw mill", "aara machine", &["सॉ मिल", "saw mill", "lakdi"], &[Licence, LicRenewal, LicTransfer], NONE),
        s("काष्ठ डिपो", "timber depot", "lakdi depot", &["लकड़ी", "lakdi", "timber"], &[Licence, LicRenewal], &[Q::Trade]),
        s("वन अधिकार पत्र", "forest rights title", "van adhikar patra", &["पट्टा", "वनाधिकार", "van patta", "fra"], &[Issue, CertifiedCopy, Correction], NONE),
        s("वन्यप्राणी क्षति", "damage by wild animals", "vanyaprani kshati", &["जंगली जानवर", "हाथी", "fasal nuksan", "wild animal"], &[Assistance], NONE),
        s("निजी भूमि पर वृक्ष कटाई", "tree felling on private land", "ped katai", &["पेड़ काटना", "tree cutting", "vriksh"], &[Permission], NONE),
        s("तेंदूपत्ता संग्राहक", "tendu leaf collector", "tendupatta sangrahak", &["तेंदू पत्ता", "बोनस", "tendu", "bonus"], &[Registration, Scheme, Scholarship], NONE),
        s("बांस", "bamboo", "baans", &["बांस", "bamboo", "bans"], &[Permission, Allotment], NONE),
    ]},
    Dept { id: "mineral", hi: "खनिज साधन विभाग", en: "Mineral Resources Department", events: &[E::BusinessBuilding], working: true, subjects: &[
        s("खनिज उत्खनन", "mineral mining", "khanij utkhanan", &["खदान", "खनन", "khadan", "mining lease"], &[Lease, LeaseRenewal, LeaseTransfer], &[Q::Mineral]),
        s("रेत खदान", "sand mine", "ret khadan", &["रेत", "बालू", "ret", "sand", "balu"], &[Lease, Permission], NONE),
        s("खनिज परिवहन", "mineral transit", "khanij parivahan", &["ईटीपी", "रवन्ना", "etp", "rawanna", "transit pass"], &[Permission], &[Q::Mineral]),
        s("ईंट भट्टा", "brick kiln", "int bhatta", &["भट्टा", "bhatta", "brick"], &[Permission, Registration], NONE),
        s("स्टोन क्रेशर", "stone crusher", "crusher", &["गिट्टी", "gitti", "crusher"], &[Registration, Licence], NONE),
        s("खनिज भंडारण", "mineral storage", "khanij bhandaran", &["डिपो", "depot"], &[Licence, LicRenewal], &[Q::Mineral]),
    ]},
    Dept { id: "water-resources", hi: "जल संसाधन विभाग", en: "Water Resources Department", events: &[E::LandFarming], working: true, subjects: &[
        s("सिंचाई जल", "irrigation water", "sinchai pani", &["नहर", "पानी", "nahar", "canal"], &[Permission, Allotment], &[Q::Water]),
        s("नहर से पानी उद्वहन", "lifting water from a canal", "nahar se pani", &["उद्वहन", "lift irrigation", "pump"], &[Permission], NONE),
        s("औद्योगिक जल", "industrial water", "audyogik jal", &["पानी", "water allocation", "udyog pani"], &[Allotment], &[Q::Water]),
        s("सिंचाई कर", "irrigation tax", "sinchai kar", &["पानी का टैक्स", "jal kar", "canal tax"], &[NoDues, Refund, Correction], NONE),
    ]},
    Dept { id: "phe", hi: "लोक स्वास्थ्य यांत्रिकी विभाग", en: "Public Health Engineering Department", events: &[E::Health, E::BusinessBuilding], working: true, subjects: &[
        s("हैंडपंप", "handpump", "handpump", &["हैंडपम्प", "नलकूप", "hand pump", "nalkoop"], &[Repair, New], &[Q::Area]),
        s("जल जीवन मिशन नल कनेक्शन", "Jal Jeevan Mission tap connection", "jal jeevan mission nal", &["हर घर जल", "har ghar jal", "nal"], &[New, Repair], NONE),
        s("जल गुणवत्ता", "water quality", "jal gunvatta", &["पानी की जांच", "pani jaanch", "water test"], &[Certificate, Inspection], NONE),
        s("नलकूप खनन", "borewell drilling", "boring", &["बोरवेल", "ट्यूबवेल", "borewell", "tubewell"], &[Permission], &[Q::Area]),
        s("बोरवेल मशीन", "borewell rig", "boring machine", &["बोरिंग", "rig"], &[Registration, RegRenewal], NONE),
    ]},
    Dept { id: "commercial-tax", hi: "वाणिज्यिक कर विभाग", en: "Commercial Tax Department", events: &[E::BusinessBuilding], working: true, subjects: &[
        s("जीएसटी", "GST", "gst", &["वस्तु एवं सेवा कर", "gst number", "tax"], &[Registration, RegCorrection, Refund], NONE),
        s("व्यवसाय कर", "professional tax", "vyavsay kar", &["प्रोफेशनल टैक्स", "professional tax", "pt"], &[Registration, NoDues, Refund], NONE),
        s("वैट", "VAT", "vat", &["वाणिज्यिक कर", "tax clearance"], &[NoDues, Refund, Assessment], NONE),
        s("प्रवेश कर", "entry tax", "pravesh kar", &["चुंगी", "chungi"], &[Refund, NoDues], NONE),
    ]},
    Dept { id: "registration", hi: "पंजीयन एवं मुद्रांक विभाग", en: "Registration and Stamps Department", events: &[E::LandFarming, E::BusinessBuilding], working: true, subjects: &[
        s("विक्रय विलेख", "sale deed", "registry", &["रजिस्ट्री", "बैनामा", "registry", "bainama"], &[Registration, CertifiedCopy], NONE),
        s("दान पत्र", "gift deed", "daan patra", &["गिफ्ट डीड", "gift deed", "daan"], &[Registration, CertifiedCopy], NONE),
        s("वसीयतनामा", "will", "vasiyatnama", &["वसीयत", "will", "vasiyat"], &[Registration, CertifiedCopy], NONE),
        s("किरायानामा", "rent agreement", "kirayanama", &["किराया अनुबंध", "rent agreement", "kiraya"], &[Registration], NONE),
        s("मुख्तारनामा", "power of attorney", "mukhtarnama", &["पावर ऑफ अटॉर्नी", "poa", "power of attorney"], &[Registration, CertifiedCopy], NONE),
        s("भार मुक्त", "encumbrance", "bhar mukt", &["ईसी", "ec", "encumbrance certificate"], &[Certificate], NONE),
        s("स्टाम्प शुल्क", "stamp duty", "stamp shulk", &["स्टाम्प", "मुद्रांक", "stamp", "mudrank"], &[Refund, Assessment], NONE),
        s("स्टाम्प वेंडर", "stamp vendor", "stamp vendor", &["स्टाम्प विक्रेता", "vendor"], &[Licence, LicRenewal], NONE),
    ]},
    Dept { id: "excise", hi: "आबकारी विभाग", en: "Excise Department", events: &[E::BusinessBuilding], working: false, subjects: &[
        s("देशी मदिरा दुकान", "country liquor shop", "desi sharab dukan", &["शराब", "ठेका", "sharab", "theka", "daaru"], &[Licence, LicRenewal], NONE),
        s("विदेशी मदिरा दुकान", "foreign liquor shop", "angrezi sharab", &["शराब", "wine shop", "angrezi"], &[Licence, LicRenewal], NONE),
        s("बार", "bar", "bar", &["होटल बार", "bar licence", "club"], &[Licence, LicRenewal], &[Q::Scale]),
        s("भांग", "bhang", "bhang", &["भांग दुकान", "bhang shop"], &[Licence], NONE),
        s("मदिरा परिवहन", "liquor transport", "sharab parivahan", &["परमिट", "permit", "transport pass"], &[Permission], NONE),
        s("अवसर विशेष", "occasional", "party license", &["शादी पार्टी", "party", "event"], &[Licence], NONE),
    ]},
    Dept { id: "higher-education", hi: "उच्च शिक्षा विभाग", en: "Higher Education Department", events: &[E::Education], working: false, subjects: &[
        s("उपाधि", "degree", "upadhi", &["डिग्री", "degree", "graduation"], &[Certificate, CertDuplicate, CertVerification], NONE),
        s("स्नातक अंकसूची", "graduation marksheet", "snatak ankasuchi", &["मार्कशीट", "marksheet", "ba bsc bcom"], &[Duplicate, Correction, Verification], NONE),
        s("गांव की बेटी", "Gaon ki Beti", "gaon ki beti", &["बेटी", "छात्रा", "girl student"], &[Scholarship, Scheme], NONE),
        s("प्रतिभा किरण", "Pratibha Kiran", "pratibha kiran", &["छात्रा", "shahri beti"], &[Scholarship], NONE),
        s("अशासकीय महाविद्यालय", "a private college", "private college", &["कॉलेज", "college", "manyata"], &[Recognition, Noc], NONE),
        s("शासकीय महाविद्यालय", "a government college", "sarkari college", &["कॉलेज", "admission", "pravesh"], &[Admission], NONE),
    ]},
    Dept { id: "technical-education", hi: "तकनीकी शिक्षा, कौशल विकास एवं रोजगार विभाग", en: "Technical Education, Skill Development and Employment Department", events: &[E::Education], working: false, subjects: &[
        s("आईटीआई", "ITI", "iti", &["आई टी आई", "iti", "trade"], &[Admission, Certificate, CertDuplicate], NONE),
        s("पॉलिटेक्निक", "polytechnic", "polytechnic", &["डिप्लोमा", "diploma"], &[Admission, Certificate], NONE),
        s("रोजगार कार्यालय", "employment exchange", "rojgar karyalay", &["रोजगार पंजीयन", "बेरोजगारी", "berojgari", "naukri", "employment registration"], &[Registration, RegRenewal, RegCorrection], NONE),
        s("मेधावी विद्यार्थी", "meritorious student", "medhavi vidyarthi", &["एमएमवीवाई", "mmvy", "fees"], &[Scheme, Scholarship], NONE),
        s("कौशल प्रशिक्षण", "skill training", "kaushal prashikshan", &["ट्रेनिंग", "training", "skill"], &[Registration], NONE),
    ]},
    Dept { id: "medical-education", hi: "चिकित्सा शिक्षा विभाग", en: "Medical Education Department", events: &[E::Education, E::Health], working: false, subjects: &[
        s("मेडिकल कॉलेज", "medical college", "medical college", &["एमबीबीएस", "mbbs", "neet"], &[Admission], NONE),
        s("नर्सिंग परिषद", "nursing council", "nursing council", &["नर्स", "nurse", "gnm", "anm"], &[Registration, RegRenewal], NONE),
        s("चिकित्सा परिषद", "medical council", "medical council", &["डॉक्टर", "doctor registration", "mpmc"], &[Registration, RegRenewal], NONE),
        s("इंटर्नशिप", "internship", "internship", &["इंटर्नशिप", "internship certificate"], &[Certificate], NONE),
    ]},
    Dept { id: "ayush", hi: "आयुष विभाग", en: "AYUSH Department", events: &[E::Health], working: true, subjects: &[
        s("आयुष चिकित्सक", "AYUSH practitioner", "ayush doctor", &["आयुर्वेद", "होम्योपैथी", "vaidya", "hakim"], &[Registration, RegRenewal], NONE),
        s("आयुर्वेदिक औषधि निर्माण", "Ayurvedic medicine manufacturing", "ayurvedic dawa", &["आयुर्वेद", "दवा", "ayurveda"], &[Licence, LicRenewal], NONE),
        s("आयुष महाविद्यालय", "an AYUSH college", "ayush college", &["बीएएमएस", "bams", "bhms"], &[Admission], NONE),
        s("योग केंद्र", "yoga centre", "yog kendra", &["योग", "yoga"], &[Registration], NONE),
    ]},
    Dept { id: "tribal", hi: "जनजातीय कार्य विभाग", en: "Tribal Affairs Department", events: &[E::Education, E::PensionSocial], working: true, subjects: &[
        s("जनजाति छात्रावास", "a tribal hostel", "chhatravas", &["हॉस्टल", "hostel", "chatrawas"], &[Admission], NONE),
        s("पोस्ट मैट्रिक", "post-matric", "post matric", &["छात्रवृत्ति", "scholarship", "vazifa"], &[Scholarship], &[Q::Class]),
        s("प्री मैट्रिक", "pre-matric", "pre matric", &["छात्रवृत्ति", "scholarship"], &[Scholarship], &[Q::Class]),
        s("आवास सहायता", "housing assistance", "awas sahayata", &["किराया", "kiraya", "room rent"], &[Scheme], &[Q::Class]),
        s("आदिवासी विवाह", "tribal marriage", "adivasi vivah", &["शादी", "shadi"], &[Assistance], NONE),
    ]},
    Dept { id: "sc-welfare", hi: "अनुसूचित जाति कल्याण विभाग", en: "Scheduled Castes Welfare Department", events: &[E::Education, E::PensionSocial], working: true, subjects: &[
        s("अनुसूचित जाति छात्रावास", "a Scheduled Caste hostel", "sc hostel", &["हॉस्टल", "hostel"], &[Admission], NONE),
        s("अंतरजातीय विवाह", "inter-caste marriage", "antarjatiya vivah", &["अंतर्जातीय", "intercaste", "shadi protsahan"], &[Assistance], NONE),
        s("विदेश अध्ययन", "study abroad", "videsh adhyayan", &["विदेश", "abroad", "foreign study"], &[Scholarship], &[Q::Class]),
        s("संत रविदास स्वरोजगार", "Sant Ravidas self-employment", "sant ravidas yojana", &["स्वरोजगार", "loan", "rozgar"], &[Scheme], NONE),
        s("अत्याचार पीड़ित", "atrocity victim", "atyachar pidit", &["एससी एसटी एक्ट", "sc st act", "rahat"], &[Assistance], NONE),
    ]},
    Dept { id: "obc-minority", hi: "पिछड़ा वर्ग एवं अल्पसंख्यक कल्याण विभाग", en: "Backward Classes and Minority Welfare Department", events: &[E::Education, E::PensionSocial], working: true, subjects: &[
        s("पिछड़ा वर्ग", "backward classes", "pichhda varg", &["ओबीसी", "obc", "pichda"], &[Scholarship, Certificate], NONE),
        s("अल्पसंख्यक", "minority", "alpsankhyak", &["मुस्लिम", "ईसाई", "muslim", "minority"], &[Scholarship, Certificate], NONE),
        s("हज यात्रा", "Haj pilgrimage", "haj yatra", &["हज", "haj"], &[Registration], NONE),
        s("मदरसा", "madrasa", "madarsa", &["मदरसा बोर्ड", "madrasa board"], &[Registration, Recognition], NONE),
        s("वक्फ संपत्ति", "Waqf property", "waqf", &["वक्फ", "wakf"], &[Registration, CertifiedCopy], NONE),
    ]},
    Dept { id: "cooperative", hi: "सहकारिता विभाग", en: "Cooperative Department", events: &[E::BusinessBuilding, E::LandFarming], working: true, subjects: &[
        s("सहकारी समिति", "cooperative society", "sahkari samiti", &["सोसाइटी", "society", "samiti"], &[Registration, RegCorrection, CertifiedCopy], &[Q::Cooperative]),
        s("सहकारी बैंक ऋण", "cooperative bank loan", "sahkari rin", &["कर्ज", "loan", "karz"], &[Approval, NoDues], NONE),
        s("समिति की उपविधि", "a society's bye-laws", "upvidhi", &["बायलॉज", "byelaws"], &[Correction, CertifiedCopy], &[Q::Cooperative]),
        s("समिति सदस्यता", "society membership", "sadasyata", &["सदस्य", "member"], &[Approval], NONE),
    ]},
    Dept { id: "cottage", hi: "कुटीर एवं ग्रामोद्योग विभाग", en: "Cottage and Rural Industries Department", events: &[E::BusinessBuilding], working: true, subjects: &[
        s("हाथकरघा बुनकर", "handloom weaver", "bunkar", &["बुनकर", "करघा", "handloom", "weaver"], &[Registration, Assistance], NONE),
        s("ग्रामोद्योग इकाई", "village industry unit", "gramodyog", &["खादी", "khadi", "kvic"], &[Subsidy, Registration], NONE),
        s("माटी कला", "pottery", "mati kala", &["कुम्हार", "kumhar", "pottery"], &[Assistance], NONE),
        s("रेशम पालन", "sericulture", "resham palan", &["रेशम", "silk", "resham"], &[Subsidy], NONE),
        s("हस्तशिल्पी पहचान पत्र", "artisan identity card", "hastshilp card", &["शिल्पी", "artisan card", "craft"], &[Issue, Renewal], NONE),
    ]},
    Dept { id: "msme", hi: "सूक्ष्म, लघु एवं मध्यम उद्यम विभाग", en: "Micro, Small and Medium Enterprises Department", events: &[E::BusinessBuilding], working: true, subjects: &[
        s("उद्यम", "Udyam", "udyam", &["एमएसएमई", "msme", "udyog aadhaar"], &[Registration, RegCorrection], NONE),
        s("मुख्यमंत्री उद्यम क्रांति", "Mukhyamantri Udyam Kranti", "udyam kranti", &["लोन", "loan", "swarozgar"], &[Scheme], NONE),
        s("औद्योगिक भूखंड", "an industrial plot", "audyogik plot", &["प्लॉट", "plot", "udyog zameen"], &[Allotment, Transfer, NoDues], &[Q::Scale]),
        s("औद्योगिक इकाई", "an industrial unit", "udyog ikai", &["फैक्ट्री", "factory", "industry"], &[Subsidy, Inspection], &[Q::Scale]),
    ]},
    Dept { id: "industry", hi: "औद्योगिक नीति एवं निवेश प्रोत्साहन विभाग", en: "Industrial Policy and Investment Promotion Department", events: &[E::BusinessBuilding], working: true, subjects: &[
        s("निवेश प्रोत्साहन सहायता", "investment promotion assistance", "nivesh protsahan", &["सब्सिडी", "subsidy", "incentive"], &[Approval], &[Q::Scale]),
        s("औद्योगिक क्षेत्र की भूमि", "land in an industrial area", "audyogik kshetra", &["भूमि आवंटन", "land allotment", "mpidc"], &[Allotment, Transfer], &[Q::Scale]),
        s("औद्योगिक क्षेत्र में भवन", "a building in an industrial area", "audyogik bhavan", &["नक्शा", "factory building", "naksha"], &[Permission], NONE),
    ]},
    Dept { id: "tourism", hi: "पर्यटन विभाग", en: "Tourism Department", events: &[E::BusinessBuilding], working: true, subjects: &[
        s("होटल", "hotel", "hotel", &["लॉज", "lodge", "resort"], &[Registration, RegRenewal], &[Q::Scale]),
        s("होम स्टे", "homestay", "home stay", &["होमस्टे", "homestay", "ghar me rukna"], &[Registration, RegRenewal], &[Q::Area]),
        s("टूर ऑपरेटर", "tour operator", "tour operator", &["ट्रैवल एजेंट", "travel agent"], &[Registration], NONE),
        s("फिल्म शूटिंग", "film shooting", "film shooting", &["शूटिंग", "shooting", "film"], &[Permission], NONE),
        s("पर्यटक गाइड", "tourist guide", "guide", &["गाइड", "guide license"], &[Licence, LicRenewal], NONE),
    ]},
    Dept { id: "culture", hi: "संस्कृति विभाग", en: "Culture Department", events: &[E::Education], working: true, subjects: &[
        s("कलाकार", "artist", "kalakar", &["लोक कलाकार", "folk artist", "kala"], &[Registration, Pension, Assistance], NONE),
        s("सांस्कृतिक संस्था", "a cultural organisation", "sanskritik sanstha", &["संस्था", "sanstha", "ngo"], &[Subsidy], NONE),
        s("पुरातत्व स्मारक में फोटोग्राफी", "photography at an archaeological monument", "smarak photo", &["स्मारक", "monument", "kila"], &[Permission], NONE),
    ]},
    Dept { id: "sports", hi: "खेल एवं युवा कल्याण विभाग", en: "Sports and Youth Welfare Department", events: &[E::Education], working: true, subjects: &[
        s("खेल अकादमी", "a sports academy", "khel academy", &["अकादमी", "academy", "khiladi"], &[Admission], NONE),
        s("खिलाड़ी", "sportsperson", "khiladi", &["स्पोर्ट्स", "sports", "player"], &[Certificate, Scholarship, Assistance], &[Q::Level]),
        s("खेल मैदान", "a sports ground", "khel maidan", &["स्टेडियम", "stadium", "ground booking"], &[Allotment], NONE),
    ]},
    Dept { id: "pwd", hi: "लोक निर्माण विभाग", en: "Public Works Department", events: &[E::BusinessBuilding], working: true, subjects: &[
        s("सड़क कटिंग", "road cutting", "sadak cutting", &["खुदाई", "road digging", "khudai", "pipeline"], &[Permission], &[Q::Area]),
        s("ठेकेदार", "contractor", "thekedar", &["कॉन्ट्रैक्टर", "contractor", "theka"], &[Registration, RegRenewal], &[Q::Contractor]),
        s("विश्राम गृह", "a rest house", "vishram grih", &["रेस्ट हाउस", "dak bungalow", "circuit house"], &[Allotment], NONE),
        s("पहुंच मार्ग", "an access road", "pahunch marg", &["रास्ता", "approach road", "raasta"], &[Permission], &[Q::Building]),
    ]},
    Dept { id: "renewable-energy", hi: "नवीन एवं नवकरणीय ऊर्जा विभाग", en: "New and Renewable Energy Department", events: &[E::BusinessBuilding, E::LandFarming], working: true, subjects: &[
        s("सौर ऊर्जा पंप", "solar pump", "solar pump", &["सोलर पंप", "सौर पंप", "solar", "surya"], &[Subsidy], &[Q::Class]),
        s("रूफटॉप सोलर", "rooftop solar", "rooftop solar", &["सोलर पैनल", "solar panel", "chhat"], &[Subsidy, Registration], &[Q::Use]),
        s("नेट मीटरिंग", "net metering", "net metering", &["नेट मीटर", "net meter", "solar meter"], &[Approval], &[Q::Use]),
        s("बायोगैस संयंत्र", "biogas plant", "biogas", &["गोबर गैस", "gobar gas", "biogas"], &[Subsidy], NONE),
        s("सौर ऊर्जा परियोजना", "a solar power project", "solar project", &["सोलर पार्क", "solar park"], &[Registration, Allotment], &[Q::Scale]),
    ]},
    Dept { id: "environment", hi: "पर्यावरण विभाग", en: "Environment Department", events: &[E::BusinessBuilding], working: true, subjects: &[
        s("स्थापना सम्मति", "consent to establish", "sthapna sahmati", &["सीटीई", "प्रदूषण", "cte", "pradushan"], &[Approval, Renewal], &[Q::Pollution]),
        s("संचालन सम्मति", "consent to operate", "sanchalan sahmati", &["सीटीओ", "प्रदूषण", "cto", "pradushan"], &[Approval, Renewal], &[Q::Pollution]),
        s("जैव चिकित्सा अपशिष्ट", "bio-medical waste", "biomedical waste", &["मेडिकल कचरा", "medical waste", "kachra"], &[Approval], &[Q::Beds]),
        s("खतरनाक अपशिष्ट", "hazardous waste", "khatarnak apshisht", &["कचरा", "waste"], &[Approval], NONE),
        s("प्लास्टिक अपशिष्ट", "plastic waste", "plastic", &["पॉलीथीन", "polythene", "plastic"], &[Registration], NONE),
        s("डीजी सेट", "a DG set", "generator", &["जनरेटर", "generator"], &[Noc], NONE),
    ]},
    Dept { id: "law", hi: "विधि एवं विधायी कार्य विभाग", en: "Law and Legislative Affairs Department", events: &[E::BirthFamily], working: true, subjects: &[
        s("नोटरी", "notary", "notary", &["नोटरी", "notary", "attestation"], &[Licence, LicRenewal], NONE),
        s("विशेष विवाह", "special marriage", "special marriage", &["कोर्ट मैरिज", "court marriage"], &[Registration, CertifiedCopy], NONE),
        s("न्यायालय निर्णय", "a court judgment", "faisla", &["फैसला", "judgment copy", "order copy"], &[CertifiedCopy], &[Q::Level]),
    ]},
    Dept { id: "jail", hi: "जेल विभाग", en: "Jail Department", events: &[E::Police], working: false, subjects: &[
        s("बंदी से मुलाकात", "a prisoner visit", "mulakat", &["जेल मुलाकात", "jail visit", "kaidi"], &[Permission], NONE),
        s("बंदी पैरोल", "prisoner parole", "parole", &["पैरोल", "parole", "chhutti"], &[Approval], NONE),
        s("बंदी कल्याण निधि", "prisoner welfare fund", "bandi kalyan", &["कैदी", "kaidi"], &[Assistance], NONE),
    ]},
    Dept { id: "religious", hi: "धार्मिक न्यास एवं धर्मस्व विभाग", en: "Religious Trusts and Endowments Department", events: &[E::BirthFamily], working: true, subjects: &[
        s("मुख्यमंत्री तीर्थ दर्शन", "Mukhyamantri Tirth Darshan", "teerth darshan", &["तीर्थ यात्रा", "yatra", "tirth"], &[Registration, Scheme], NONE),
        s("मंदिर पुजारी", "temple priest", "pujari", &["पुजारी", "priest", "mandir"], &[Registration, Assistance], NONE),
        s("धार्मिक न्यास", "religious trust", "dharmik nyas", &["ट्रस्ट", "trust", "mandir trust"], &[Registration, RegCorrection], NONE),
        s("मेला", "a fair", "mela", &["धार्मिक मेला", "mela"], &[Permission], NONE),
    ]},
    Dept { id: "science-technology", hi: "विज्ञान एवं प्रौद्योगिकी विभाग", en: "Science and Technology Department", events: &[E::BusinessBuilding], working: true, subjects: &[
        s("डिजिटल हस्ताक्षर", "digital signature", "digital signature", &["डीएससी", "dsc", "e sign"], &[Issue, Renewal], NONE),
        s("आईटी पार्क भूखंड", "an IT park plot", "it park", &["प्लॉट", "plot", "it"], &[Allotment], NONE),
    ]},
    Dept { id: "gas-relief", hi: "भोपाल गैस त्रासदी राहत एवं पुनर्वास विभाग", en: "Bhopal Gas Tragedy Relief and Rehabilitation Department", events: &[E::Health, E::PensionSocial], working: true, subjects: &[
        s("गैस पीड़ित", "gas victim", "gas pidit", &["गैस त्रासदी", "bhopal gas", "pidit"], &[Pension, Certificate, Assistance], NONE),
        s("गैस पीड़ित स्वास्थ्य पुस्तिका", "gas victim health booklet", "gas pidit card", &["अस्पताल", "ilaj", "bmhrc"], &[Issue, Duplicate], NONE),
    ]},
    Dept { id: "dnt", hi: "विमुक्त, घुमन्तु एवं अर्द्धघुमन्तु जनजाति कल्याण विभाग", en: "Denotified, Nomadic and Semi-Nomadic Tribes Welfare Department", events: &[E::PensionSocial, E::Education], working: true, subjects: &[
        s("विमुक्त जाति", "denotified tribe", "vimukt jati", &["घुमंतू", "ghumantu", "nomadic"], &[Certificate, Scholarship], NONE),
        s("घुमंतू जाति छात्रावास", "a nomadic tribe hostel", "ghumantu hostel", &["हॉस्टल", "hostel"], &[Admission], NONE),
    ]},
    Dept { id: "public-relations", hi: "जनसंपर्क विभाग", en: "Public Relations Department", events: &[E::BusinessBuilding], working: true, subjects: &[
        s("पत्रकार अधिमान्यता", "journalist accreditation", "patrakar adhimanyata", &["पत्रकार", "press card", "patrakar"], &[Approval, Renewal], &[Q::Level]),
        s("पत्रकार बीमा", "journalist insurance", "patrakar bima", &["बीमा", "insurance"], &[Scheme], NONE),
        s("विज्ञापन सूचीबद्धता", "advertisement empanelment", "vigyapan empanelment", &["समाचार पत्र", "newspaper", "empanelment"], &[Registration, Renewal], NONE),
    ]},
    Dept { id: "aviation", hi: "विमानन विभाग", en: "Aviation Department", events: &[E::BusinessBuilding], working: true, subjects: &[
        s("हवाई पट्टी", "an airstrip", "hawai patti", &["एयरस्ट्रिप", "airstrip", "landing"], &[Permission], NONE),
        s("हेलीपैड", "a helipad", "helipad", &["हेलीकॉप्टर", "helicopter"], &[Permission], NONE),
    ]},
    Dept { id: "narmada", hi: "नर्मदा घाटी विकास विभाग", en: "Narmada Valley Development Department", events: &[E::LandFarming], working: true, subjects: &[
        s("नर्मदा नहर जल", "Narmada canal water", "narmada nahar", &["नहर", "पानी", "canal", "sinchai"], &[Allotment, Permission], NONE),
        s("डूब प्रभावित", "submergence-affected", "doob prabhavit", &["विस्थापित", "visthapit", "displaced", "punarvas"], &[Certificate, Assistance], NONE),
    ]},
];

/// Time limits the notifications use most.
const COMMON_DAYS: &[u32] = &[1, 2, 3, 5, 7, 10, 15, 21, 24, 30, 45, 60, 90];

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A slug of an English name: lowercase ASCII letters, digits and inner hyphens, at most 72.
fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.len() > 72 {
        match out.rfind('-') {
            Some(cut) => out.truncate(cut),
            None => out.truncate(72),
        }
    }
    out.trim_end_matches('-').to_string()
}

/// One candidate service: a subject of a department, a kind, and up to two qualifiers.
struct Candidate {
    dept: usize,
    subject: usize,
    kind: K,
    qualifiers: Vec<(&'static str, &'static str)>,
    priority: f64,
}

/// Every qualifier combination a subject allows: none, one of each group, one of both groups.
fn variants(groups: &[Q]) -> Vec<Vec<(&'static str, &'static str)>> {
    let mut out = vec![Vec::new()];
    for (g, group) in groups.iter().enumerate() {
        for option in group.options() {
            out.push(vec![*option]);
            for later in &groups[g + 1..] {
                for second in later.options() {
                    out.push(vec![*option, *second]);
                }
            }
        }
    }
    out
}

/// How many distinct generated services the vocabulary can make (beyond which names repeat with
/// a numbered category).
pub fn vocabulary_capacity() -> usize {
    DEPTS
        .iter()
        .flat_map(|d| d.subjects.iter())
        .map(|s| s.kinds.len() * variants(s.q).len())
        .sum()
}

/// A catalogue of `services` services: the real sample first, then generated ones. The same
/// seed gives the same catalogue.
pub fn generated_catalogue(services: usize, seed: u64) -> CatalogueIndex {
    let real = real_sample();
    let mut rng = Rng::new(seed);
    let mut entries: Vec<CatalogueEntry> = real.services.iter().take(services).cloned().collect();
    // Departments: the sample's, in its order, then the others; indices into this list.
    let mut departments: Vec<Department> = real.departments.clone();
    let mut dept_index: Vec<u16> = Vec::with_capacity(DEPTS.len());
    for d in DEPTS {
        match departments.iter().position(|x| x.id == d.id) {
            Some(i) => dept_index.push(i as u16),
            None => {
                assert!(!d.hi.is_empty(), "department {} needs its names", d.id);
                departments.push(Department { id: d.id.to_string(), name: BilingualText::new(d.hi, d.en) });
                dept_index.push((departments.len() - 1) as u16);
            }
        }
    }

    let mut names: HashSet<String> = entries.iter().map(|e| e.name_hi.clone()).collect();
    let mut ids: HashSet<String> = entries.iter().map(|e| e.id.clone()).collect();
    let wanted = services.saturating_sub(entries.len());
    if wanted > 0 {
        // Every combination, each with a random priority; plain names come before qualified
        // variants more often than not, as the most requested services do.
        let mut candidates: Vec<Candidate> = Vec::new();
        for (d, dept) in DEPTS.iter().enumerate() {
            for (si, subject) in dept.subjects.iter().enumerate() {
                for &kind in subject.kinds {
                    for qualifiers in variants(subject.q) {
                        let bias = [0.0, 0.35, 0.8][qualifiers.len().min(2)];
                        let priority = rng.unit() + bias;
                        candidates.push(Candidate { dept: d, subject: si, kind, qualifiers, priority });
                    }
                }
            }
        }
        candidates.sort_by(|a, b| a.priority.total_cmp(&b.priority));
        let mut round = 1usize;
        while entries.len() < services {
            let before = entries.len();
            for candidate in &candidates {
                if entries.len() >= services {
                    break;
                }
                let dept = &DEPTS[candidate.dept];
                let subject = &dept.subjects[candidate.subject];
                let spec = candidate.kind.spec();
                let mut name_hi = spec.hi.replace("{s}", subject.hi);
                let mut name_en = capitalised(&spec.en.replace("{s}", subject.en));
                let mut qualifiers: Vec<(String, String)> =
                    candidate.qualifiers.iter().map(|(h, e)| (h.to_string(), e.to_string())).collect();
                if round > 1 {
                    // Past the vocabulary: the same services notified again for another category.
                    qualifiers.push((format!("श्रेणी {round}"), format!("category {round}")));
                }
                if !qualifiers.is_empty() {
                    let hi: Vec<&str> = qualifiers.iter().map(|(h, _)| h.as_str()).collect();
                    let en: Vec<&str> = qualifiers.iter().map(|(_, e)| e.as_str()).collect();
                    name_hi = format!("{name_hi} ({})", hi.join(", "));
                    name_en = format!("{name_en} ({})", en.join(", "));
                }
                if !names.insert(name_hi.clone()) {
                    continue;
                }
                let mut id = slug(&name_en);
                if id.is_empty() {
                    id = format!("service-{}", entries.len() + 1);
                }
                if ids.contains(&id) {
                    let mut n = 2;
                    while ids.contains(&format!("{id}-{n}")) {
                        n += 1;
                    }
                    id = format!("{id}-{n}");
                }
                ids.insert(id.clone());

                // 2–6 keywords: the subject's words in Hindi and English, the kind's, and the
                // whole in Latin letters, as the real sample mixes them.
                let count = 2 + rng.below(5);
                let mut pool: Vec<String> = subject.kw.iter().map(|s| s.to_string()).collect();
                pool.extend(spec.kw.iter().take(3).map(|s| s.to_string()));
                rng.shuffle(&mut pool);
                let mut keywords: Vec<String> = vec![format!("{} {}", subject.ro, spec.ro)];
                for word in pool {
                    if keywords.len() >= count {
                        break;
                    }
                    if !keywords.contains(&word) {
                        keywords.push(word);
                    }
                }

                let choices: Vec<u32> =
                    COMMON_DAYS.iter().copied().filter(|d| (spec.days.0..=spec.days.1).contains(d)).collect();
                let days = if choices.is_empty() { spec.days.0 } else { *rng.pick(&choices) };
                let working_days = if rng.chance(0.85) { dept.working } else { !dept.working };
                let centre_only = rng.chance(0.10);
                let samadhan_ek_din = days <= 30 && rng.chance((0.12 * spec.same_day).min(0.6));

                let mut life_events = vec![dept.events[0]];
                let implied = match candidate.kind {
                    K::Scholarship | K::Admission => Some(LifeEvent::Education),
                    K::Pension => Some(LifeEvent::PensionSocial),
                    _ => None,
                };
                if let Some(event) = implied.filter(|e| *e != dept.events[0]) {
                    life_events.push(event);
                } else if dept.events.len() > 1 && rng.chance(0.4) {
                    life_events.push(dept.events[1]);
                } else if rng.chance(0.08) {
                    let other = *rng.pick(&LifeEvent::ALL);
                    if other != dept.events[0] {
                        life_events.push(other);
                    }
                }
                life_events.sort();

                entries.push(CatalogueEntry {
                    id,
                    department: dept_index[candidate.dept],
                    name_hi,
                    name_en,
                    keywords,
                    days,
                    working_days,
                    centre_only,
                    samadhan_ek_din,
                    life_events,
                });
            }
            if entries.len() == before {
                break;
            }
            round += 1;
        }
    }

    // Only the departments that own a service, in order.
    let mut used = vec![false; departments.len()];
    for entry in &entries {
        used[entry.department as usize] = true;
    }
    let mut remap = vec![0u16; departments.len()];
    let mut kept = Vec::new();
    for (i, department) in departments.into_iter().enumerate() {
        if used[i] {
            remap[i] = kept.len() as u16;
            kept.push(department);
        }
    }
    for entry in &mut entries {
        entry.department = remap[entry.department as usize];
    }
    CatalogueIndex { departments: kept, services: entries }
}
