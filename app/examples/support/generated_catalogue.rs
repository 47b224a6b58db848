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
//! The vocabulary is three text tables at the end of this file, one line per kind of service,
//! qualifier group and subject. Deterministic for a seed (a small splitmix64 generator, no
//! `rand`). Include it from an example with
//! `#[path = "support/generated_catalogue.rs"] mod generated_catalogue;`.

#![allow(dead_code)]

use app::domain::browse::{CatalogueEntry, CatalogueIndex};
use app::domain::catalogue::Department;
use app::domain::language::BilingualText;
use app::domain::life_event::LifeEvent;
use std::collections::{BTreeMap, HashMap, HashSet};

/// The real sample, as shipped.
pub const SERVICES_TOML: &str = include_str!("../../../server/data/catalogue/services.toml");
/// The portal's guidance for the real sample (life events).
pub const GUIDANCE_TOML: &str =
    include_str!("../../../server/data/catalogue/service-guidance.toml");

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

/// The real sample as the server sends it: every department in file order, services in
/// catalogue order, life events sorted.
pub fn real_sample() -> CatalogueIndex {
    let file: SampleFile = toml::from_str(SERVICES_TOML).expect("services.toml parses");
    let guidance: BTreeMap<String, SampleGuidance> =
        toml::from_str(GUIDANCE_TOML).expect("service-guidance.toml parses");
    // The toml crate keeps tables sorted; the server keeps the file's order.
    let mut department_ids: Vec<&String> = file.departments.keys().collect();
    department_ids.sort_by_key(|id| {
        SERVICES_TOML
            .find(&format!("\n{id} = "))
            .unwrap_or(usize::MAX)
    });
    let position: HashMap<&str, u16> = department_ids
        .iter()
        .enumerate()
        .map(|(i, id)| (id.as_str(), i as u16))
        .collect();
    let departments = department_ids
        .iter()
        .map(|id| {
            let name = &file.departments[*id];
            Department {
                id: (*id).clone(),
                name: BilingualText::new(name.hi.clone(), name.en.clone()),
            }
        })
        .collect();
    let services = file
        .service
        .into_iter()
        .map(|s| {
            let mut life_events = guidance
                .get(&s.id)
                .map(|g| g.life_events.clone())
                .unwrap_or_default();
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
    CatalogueIndex {
        departments,
        services,
    }
}

// ---------------------------------------------------------------------------------------------
// The vocabulary, read from the tables below.

/// What is done about a subject, and how the notified service is then named.
struct Kind {
    name: &'static str,
    /// The Hindi name, `{s}` standing for the subject.
    hi: &'static str,
    /// The English name, `{s}` standing for the subject.
    en: &'static str,
    /// The kind in Latin letters, appended to the subject's for a keyword.
    ro: &'static str,
    /// Its everyday words.
    kw: Vec<&'static str>,
    /// The usual time limit, in days.
    days: (u32, u32),
    /// How likely it is a same-day (Samadhan Ek Din) service, relative.
    same_day: f64,
}

/// Qualifiers the real lists append to names: "(घरेलू)", "(नगर निगम)", "(कक्षा 10वीं)".
struct Group {
    name: &'static str,
    /// Hindi and English.
    options: Vec<(&'static str, &'static str)>,
}

/// Something a department deals in.
struct Subject {
    hi: &'static str,
    en: &'static str,
    ro: &'static str,
    kw: Vec<&'static str>,
    /// Indices into the kinds.
    kinds: Vec<usize>,
    /// Indices into the groups.
    groups: Vec<usize>,
}

struct Dept {
    id: &'static str,
    /// Empty for the sample's departments: their names come from services.toml.
    hi: &'static str,
    en: &'static str,
    events: Vec<LifeEvent>,
    /// Whether its notifications count working days (most do).
    working: bool,
    /// Qualifiers its services are notified with separately (urban body, DISCOM zone, court…),
    /// added to a subject's own when it has fewer than two.
    groups: Vec<usize>,
    subjects: Vec<Subject>,
}

struct Vocabulary {
    kinds: Vec<Kind>,
    groups: Vec<Group>,
    depts: Vec<Dept>,
}

/// The lines of a table that hold data: no blank lines, no comments.
fn table_lines(table: &'static str) -> impl Iterator<Item = &'static str> {
    table
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn fields(line: &'static str, at_least: usize) -> Vec<&'static str> {
    let mut fields: Vec<&'static str> = line.split('|').map(str::trim).collect();
    assert!(fields.len() >= at_least, "too few fields in {line:?}");
    fields.resize(fields.len().max(at_least + 2), "");
    fields
}

fn list(field: &'static str, separator: char) -> Vec<&'static str> {
    field
        .split(separator)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

fn find(names: &[&str], name: &str, what: &str) -> usize {
    names
        .iter()
        .position(|n| *n == name)
        .unwrap_or_else(|| panic!("unknown {what} {name:?}"))
}

impl Vocabulary {
    fn read() -> Vocabulary {
        let kinds: Vec<Kind> = table_lines(KINDS)
            .map(|line| {
                let f = fields(line, 7);
                let (low, high) = f[5].split_once('-').expect("days as low-high");
                Kind {
                    name: f[0],
                    hi: f[1],
                    en: f[2],
                    ro: f[3],
                    kw: list(f[4], ';'),
                    days: (low.parse().expect("days"), high.parse().expect("days")),
                    same_day: f[6].parse().expect("same-day weight"),
                }
            })
            .collect();
        let groups: Vec<Group> = table_lines(GROUPS)
            .map(|line| {
                let f = fields(line, 2);
                let options = list(f[1], ';')
                    .into_iter()
                    .map(|o| o.split_once(" = ").expect("Hindi = English"))
                    .map(|(hi, en)| (hi.trim(), en.trim()))
                    .collect();
                Group {
                    name: f[0],
                    options,
                }
            })
            .collect();
        let kind_names: Vec<&str> = kinds.iter().map(|k| k.name).collect();
        let group_names: Vec<&str> = groups.iter().map(|g| g.name).collect();
        let group_list = |field: &'static str| -> Vec<usize> {
            list(field, ',')
                .into_iter()
                .map(|g| find(&group_names, g, "qualifier group"))
                .collect()
        };
        let mut depts: Vec<Dept> = Vec::new();
        for line in table_lines(DEPARTMENTS) {
            if let Some(header) = line.strip_prefix('=') {
                let f = fields(header.trim(), 5);
                depts.push(Dept {
                    id: f[0],
                    hi: f[1],
                    en: f[2],
                    events: list(f[3], ',')
                        .into_iter()
                        .map(|e| LifeEvent::from_key(e).unwrap_or_else(|| panic!("event {e:?}")))
                        .collect(),
                    working: f[4] == "working",
                    groups: group_list(f[5]),
                    subjects: Vec::new(),
                });
                continue;
            }
            let f = fields(line, 5);
            let subject = Subject {
                hi: f[0],
                en: f[1],
                ro: f[2],
                kw: list(f[3], ';'),
                kinds: list(f[4], ',')
                    .into_iter()
                    .map(|k| find(&kind_names, k, "kind"))
                    .collect(),
                groups: group_list(f[5]),
            };
            depts
                .last_mut()
                .expect("a department line before its subjects")
                .subjects
                .push(subject);
        }
        Vocabulary {
            kinds,
            groups,
            depts,
        }
    }

    fn kind(&self, name: &str) -> usize {
        find(
            &self.kinds.iter().map(|k| k.name).collect::<Vec<_>>(),
            name,
            "kind",
        )
    }

    /// What is done about a subject: its own kinds, and those that go with them (a licence can
    /// be lost and renewed, a registration corrected).
    fn kinds_of(&self, subject: &Subject) -> Vec<usize> {
        let mut kinds = subject.kinds.clone();
        for &kind in &subject.kinds {
            let implied: &[&str] = match self.kinds[kind].name {
                "Licence" => &["LicRenewal", "LicDuplicate"],
                "Certificate" => &["CertDuplicate"],
                "Lease" => &["LeaseRenewal"],
                "Registration" => &["RegCorrection"],
                "Issue" => &["Duplicate"],
                _ => &[],
            };
            for more in implied {
                let more = self.kind(more);
                if !kinds.contains(&more) {
                    kinds.push(more);
                }
            }
        }
        kinds
    }

    /// A subject's qualifier groups: its own, then its department's, two at most.
    fn groups_of(&self, dept: &Dept, subject: &Subject) -> Vec<usize> {
        let mut groups = subject.groups.clone();
        for &group in &dept.groups {
            if groups.len() < 2 && !groups.contains(&group) {
                groups.push(group);
            }
        }
        groups
    }

    /// Every qualifier combination: none, one of each group, one of each of both groups.
    fn variants(&self, groups: &[usize]) -> Vec<Vec<(&'static str, &'static str)>> {
        let mut out = vec![Vec::new()];
        for (g, &group) in groups.iter().enumerate() {
            for &option in &self.groups[group].options {
                out.push(vec![option]);
                for &later in &groups[g + 1..] {
                    for &second in &self.groups[later].options {
                        out.push(vec![option, second]);
                    }
                }
            }
        }
        out
    }
}

/// How many distinct generated services the vocabulary can make (beyond which names repeat with
/// a numbered category).
pub fn vocabulary_capacity() -> usize {
    let v = Vocabulary::read();
    v.depts
        .iter()
        .flat_map(|d| {
            d.subjects
                .iter()
                .map(|s| v.kinds_of(s).len() * v.variants(&v.groups_of(d, s)).len())
                .collect::<Vec<_>>()
        })
        .sum()
}

/// Time limits the notifications use most.
const COMMON_DAYS: &[u32] = &[1, 2, 3, 5, 7, 10, 15, 21, 24, 30, 45, 60, 90];

fn strip_article(text: &str) -> &str {
    ["a ", "an ", "the "]
        .iter()
        .find_map(|a| text.strip_prefix(a))
        .unwrap_or(text)
}

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
    kind: usize,
    qualifiers: Vec<(&'static str, &'static str)>,
    priority: f64,
}

/// A catalogue of `services` services: the real sample first, then generated ones. The same
/// seed gives the same catalogue.
pub fn generated_catalogue(services: usize, seed: u64) -> CatalogueIndex {
    let real = real_sample();
    let v = Vocabulary::read();
    let mut rng = Rng::new(seed);
    let mut entries: Vec<CatalogueEntry> = real.services.iter().take(services).cloned().collect();
    // Departments: the sample's, in its order, then the others; indices into this list.
    let mut departments: Vec<Department> = real.departments.clone();
    let mut dept_index: Vec<u16> = Vec::with_capacity(v.depts.len());
    for d in &v.depts {
        match departments.iter().position(|x| x.id == d.id) {
            Some(i) => dept_index.push(i as u16),
            None => {
                assert!(!d.hi.is_empty(), "department {} needs its names", d.id);
                departments.push(Department {
                    id: d.id.to_string(),
                    name: BilingualText::new(d.hi, d.en),
                });
                dept_index.push((departments.len() - 1) as u16);
            }
        }
    }

    let mut names: HashSet<String> = entries.iter().map(|e| e.name_hi.clone()).collect();
    let mut ids: HashSet<String> = entries.iter().map(|e| e.id.clone()).collect();
    if entries.len() < services {
        // Every combination, each with a random priority; plain names come before qualified
        // variants more often than not, as the most requested services do.
        let mut candidates: Vec<Candidate> = Vec::new();
        for (d, dept) in v.depts.iter().enumerate() {
            for (si, subject) in dept.subjects.iter().enumerate() {
                let groups = v.groups_of(dept, subject);
                for kind in v.kinds_of(subject) {
                    for qualifiers in v.variants(&groups) {
                        let bias = [0.0, 0.35, 0.8][qualifiers.len().min(2)];
                        let priority = rng.unit() + bias;
                        candidates.push(Candidate {
                            dept: d,
                            subject: si,
                            kind,
                            qualifiers,
                            priority,
                        });
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
                let dept = &v.depts[candidate.dept];
                let subject = &dept.subjects[candidate.subject];
                let kind = &v.kinds[candidate.kind];
                let mut name_hi = kind.hi.replace("{s}", subject.hi);
                // "a private school" reads well after "of", not before "registration".
                let subject_en = if kind.en.starts_with("{s}")
                    || kind.en.starts_with("duplicate {s}")
                    || kind.en.starts_with("new {s}")
                {
                    strip_article(subject.en)
                } else {
                    subject.en
                };
                let mut name_en = capitalised(&kind.en.replace("{s}", subject_en));
                let mut qualifiers: Vec<(String, String)> = candidate
                    .qualifiers
                    .iter()
                    .map(|(h, e)| (h.to_string(), e.to_string()))
                    .collect();
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

                // 2–6 keywords: the whole in Latin letters, then the subject's and the kind's
                // everyday words in Hindi, English and Latin letters, as the real sample mixes them.
                let count = 2 + rng.below(5);
                let mut pool: Vec<&str> = subject.kw.clone();
                pool.extend(kind.kw.iter().take(3));
                rng.shuffle(&mut pool);
                let phrase = if subject.ro.ends_with(kind.ro) {
                    subject.ro.to_string()
                } else {
                    format!("{} {}", subject.ro, kind.ro)
                };
                let mut keywords: Vec<String> = vec![phrase];
                for word in pool {
                    if keywords.len() >= count {
                        break;
                    }
                    if !keywords.iter().any(|k| k == word) {
                        keywords.push(word.to_string());
                    }
                }

                let choices: Vec<u32> = COMMON_DAYS
                    .iter()
                    .copied()
                    .filter(|d| (kind.days.0..=kind.days.1).contains(d))
                    .collect();
                let days = if choices.is_empty() {
                    kind.days.0
                } else {
                    *rng.pick(&choices)
                };
                let working_days = if rng.chance(0.85) {
                    dept.working
                } else {
                    !dept.working
                };
                let centre_only = rng.chance(0.10);
                let samadhan_ek_din = days <= 30 && rng.chance((0.25 * kind.same_day).min(0.75));

                let mut life_events = vec![dept.events[0]];
                let implied = match kind.name {
                    "Scholarship" | "Admission" => Some(LifeEvent::Education),
                    "Pension" => Some(LifeEvent::PensionSocial),
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

    // The sample's departments (the server sends them all), and the others that own a service.
    let mut used = vec![false; departments.len()];
    used[..real.departments.len()].fill(true);
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
    // The catalogue must be one the portal would accept: unique, valid slugs.
    let mut seen = HashSet::new();
    for entry in &entries {
        assert!(
            app::domain::catalogue::is_service_id(&entry.id) && seen.insert(entry.id.as_str()),
            "generated id {:?} is not a unique service id",
            entry.id
        );
    }
    CatalogueIndex {
        departments: kept,
        services: entries,
    }
}

// ---------------------------------------------------------------------------------------------
// The tables. Fields are separated by `|`, lists by `;` (words) or `,` (names).

/// Kinds of service: name | Hindi name ({s}: the subject) | English name | in Latin letters |
/// everyday words | usual time limit in days | how likely same-day, relative.
const KINDS: &str = r#"
Certificate | {s} प्रमाण पत्र | {s} certificate | praman patra | प्रमाण पत्र; प्रमाणपत्र; certificate; praman patr | 1-30 | 2.0
CertDuplicate | डुप्लीकेट {s} प्रमाण पत्र | duplicate {s} certificate | duplicate praman patra | डुप्लीकेट; दूसरी प्रति; duplicate; dusri prati | 1-15 | 2.0
CertCorrection | {s} प्रमाण पत्र में संशोधन | correction in {s} certificate | praman patra sudhar | संशोधन; सुधार; correction; sudhar; sanshodhan | 3-30 | 1.0
CertVerification | {s} प्रमाण पत्र का सत्यापन | verification of {s} certificate | praman patra satyapan | सत्यापन; जांच; verification; satyapan | 3-30 | 0.5
Licence | {s} लाइसेंस | {s} licence | license | लाइसेंस; अनुज्ञप्ति; licence; license; lisens | 7-60 | 0.3
LicRenewal | {s} लाइसेंस का नवीनीकरण | renewal of {s} licence | license navinikaran | नवीनीकरण; रिन्यूअल; renewal; navinikaran; renew | 7-30 | 0.5
LicDuplicate | डुप्लीकेट {s} लाइसेंस | duplicate {s} licence | duplicate license | डुप्लीकेट; duplicate; licence copy | 3-15 | 0.5
LicTransfer | {s} लाइसेंस का हस्तांतरण | transfer of {s} licence | license hastantaran | हस्तांतरण; नाम परिवर्तन; transfer; hastantaran | 15-45 | 0.2
Registration | {s} पंजीयन | {s} registration | panjiyan | पंजीयन; रजिस्ट्रेशन; registration; panjiyan; panjeeyan | 1-30 | 1.0
RegRenewal | {s} पंजीयन का नवीनीकरण | renewal of {s} registration | panjiyan navinikaran | नवीनीकरण; renewal; navinikaran; registration renew | 7-30 | 0.5
RegCorrection | {s} पंजीयन में संशोधन | correction in {s} registration | panjiyan sudhar | संशोधन; correction; badlav; sudhar | 7-30 | 0.5
Permission | {s} की अनुमति | permission for {s} | anumati | अनुमति; परमिशन; permission; anumati; ijazat | 3-45 | 0.2
PermRenewal | {s} की अनुमति का नवीनीकरण | renewal of permission for {s} | anumati navinikaran | नवीनीकरण; renewal; navinikaran | 7-30 | 0.2
Noc | {s} हेतु अनापत्ति प्रमाण पत्र | no objection certificate for {s} | anapatti praman patra | एनओसी; अनापत्ति; noc; anapatti; no objection | 7-60 | 0.1
Lease | {s} पट्टे की स्वीकृति | grant of {s} lease | patta | पट्टा; लीज; lease; patta | 30-90 | 0.0
LeaseRenewal | {s} पट्टे का नवीनीकरण | renewal of {s} lease | patta navinikaran | पट्टा नवीनीकरण; lease renewal; patta renew | 30-90 | 0.0
LeaseTransfer | {s} पट्टे का हस्तांतरण | transfer of {s} lease | patta hastantaran | हस्तांतरण; lease transfer; patta transfer | 30-90 | 0.0
New | नवीन {s} | new {s} | naya | नया; नवीन; new; naya | 3-30 | 0.3
NameChange | {s} में नाम परिवर्तन | change of name on {s} | naam parivartan | नाम परिवर्तन; नाम बदलना; name change; naam badalna | 7-30 | 0.5
Disconnection | {s} का विच्छेदन | disconnection of {s} | kat karwana | कनेक्शन कटवाना; बंद करना; disconnection; band karna | 3-15 | 0.2
Reconnection | {s} पुनः जोड़ना | reconnection of {s} | dobara jodna | फिर से जोड़ना; reconnection; dubara chalu | 1-7 | 0.5
LoadChange | {s} में भार परिवर्तन | load change on {s} | load badhana | भार वृद्धि; लोड; load increase; load kam | 7-30 | 0.2
CertifiedCopy | {s} की प्रमाणित प्रतिलिपि | certified copy of {s} | nakal | नकल; प्रतिलिपि; certified copy; nakal; pratilipi | 1-7 | 3.0
Correction | {s} में संशोधन | correction in {s} | sudhar | संशोधन; सुधार; correction; sudhar; sanshodhan | 7-30 | 0.7
Duplicate | डुप्लीकेट {s} | duplicate {s} | duplicate | डुप्लीकेट; खो गया; duplicate; kho gaya; lost | 1-15 | 1.5
Verification | {s} का सत्यापन | verification of {s} | satyapan | सत्यापन; वेरिफिकेशन; verification; satyapan | 3-30 | 0.5
Inspection | {s} का निरीक्षण | inspection of {s} | nirikshan | निरीक्षण; जांच; inspection; nirikshan; janch | 7-30 | 0.1
Approval | {s} की स्वीकृति | sanction of {s} | swikriti | स्वीकृति; मंजूरी; sanction; approval; manjuri; swikriti | 15-90 | 0.1
Allotment | {s} का आवंटन | allotment of {s} | aavantan | आवंटन; allotment; aavantan; booking | 7-60 | 0.1
Issue | {s} जारी करना | issue of {s} | banwana | बनवाना; जारी; issue; banwana; banana | 1-30 | 1.0
Renewal | {s} का नवीनीकरण | renewal of {s} | navinikaran | नवीनीकरण; renewal; navinikaran; renew | 7-30 | 0.5
Transfer | {s} का हस्तांतरण | transfer of {s} | hastantaran | हस्तांतरण; transfer; hastantaran; naam transfer | 15-45 | 0.2
Assistance | {s} हेतु सहायता | assistance for {s} | sahayata | सहायता; मदद; assistance; sahayata; madad; rashi | 15-90 | 0.1
Scheme | {s} योजना का लाभ | {s} scheme benefit | yojana | योजना; हितलाभ; scheme; yojana; yojna | 15-90 | 0.1
Pension | {s} पेंशन | {s} pension | pension | पेंशन; pension; pension yojana; penshan | 30-90 | 0.0
Scholarship | {s} छात्रवृत्ति | {s} scholarship | chhatravritti | छात्रवृत्ति; वजीफा; scholarship; chatravriti; wazifa | 30-90 | 0.0
Subsidy | {s} हेतु अनुदान | subsidy for {s} | anudan | अनुदान; सब्सिडी; subsidy; anudan; sabsidi | 30-90 | 0.0
Recognition | {s} की मान्यता | recognition of {s} | manyata | मान्यता; recognition; manyata | 30-90 | 0.0
Admission | {s} में प्रवेश | admission to {s} | pravesh | प्रवेश; एडमिशन; admission; pravesh; dakhila | 7-30 | 0.0
NoDues | {s} अदेय प्रमाण पत्र | {s} no-dues certificate | adeya praman patra | अदेय; बकाया नहीं; no dues; nodues; adey | 1-15 | 2.0
Refund | {s} की राशि वापसी | refund of {s} | rashi wapsi | वापसी; रिफंड; refund; wapsi; paisa wapas | 30-90 | 0.0
Assessment | {s} का निर्धारण | assessment of {s} | nirdharan | निर्धारण; assessment; nirdharan | 15-45 | 0.2
Payment | {s} का अंतिम भुगतान | final payment of {s} | bhugtan | भुगतान; payment; bhugtan; final payment | 30-90 | 0.0
Repair | {s} की मरम्मत | repair of {s} | marammat | मरम्मत; खराब; repair; marammat; kharab | 1-15 | 0.3
Replacement | {s} बदलना | replacement of {s} | badalna | बदलना; replacement; badalna; kharab | 3-15 | 0.3
"#;

/// Qualifier groups: name | options, each `Hindi = English`.
const GROUPS: &str = r#"
Area | ग्रामीण क्षेत्र = rural areas; नगरीय क्षेत्र = urban areas
Use | घरेलू = domestic; गैर-घरेलू = non-domestic; औद्योगिक = industrial; कृषि = agricultural
Building | आवासीय = residential; व्यावसायिक = commercial; संस्थागत = institutional; औद्योगिक = industrial
UrbanBody | नगर निगम = municipal corporation; नगर पालिका परिषद = municipal council; नगर परिषद = nagar parishad
Discom | पूर्व क्षेत्र = east zone; मध्य क्षेत्र = central zone; पश्चिम क्षेत्र = west zone
Term | अस्थायी = temporary; स्थायी = permanent
Class | अनुसूचित जाति = Scheduled Castes; अनुसूचित जनजाति = Scheduled Tribes; अन्य पिछड़ा वर्ग = Other Backward Classes; सामान्य वर्ग = general category
Scale | लघु = small; मध्यम = medium; वृहद = large
Level | जिला स्तर = district level; संभाग स्तर = division level; राज्य स्तर = state level
Grade | कक्षा 10वीं = class 10; कक्षा 12वीं = class 12; कक्षा 8वीं = class 8
School | प्राथमिक = primary; माध्यमिक = middle; हाई स्कूल = high school; हायर सेकेंडरी = higher secondary
Vehicle | दोपहिया = two-wheeler; चारपहिया = four-wheeler; परिवहन यान = transport vehicle; ट्रैक्टर = tractor
Trade | थोक = wholesale; खुदरा = retail
Beds | 30 बिस्तर तक = up to 30 beds; 30 बिस्तर से अधिक = above 30 beds
Amount | 5 लाख रुपये तक = up to Rs 5 lakh; 5 लाख रुपये से अधिक = above Rs 5 lakh
Mineral | गौण खनिज = minor minerals; मुख्य खनिज = major minerals
Pollution | लाल श्रेणी = red category; नारंगी श्रेणी = orange category; हरी श्रेणी = green category
Contractor | श्रेणी ए = class A; श्रेणी बी = class B; श्रेणी सी = class C
Cooperative | गृह निर्माण = housing; साख = credit; विपणन = marketing; उपभोक्ता = consumer
Water | ग्रामीण तालाब = village pond; जलाशय = reservoir; नदी = river
Tatkal | तत्काल = tatkal
Office | तहसील = tehsil; अनुविभाग = sub-division; जिला = district
Panchayat | ग्राम पंचायत = gram panchayat; जनपद पंचायत = janpad panchayat; जिला पंचायत = zila panchayat
Planning | निवेश क्षेत्र = planning area; निवेश क्षेत्र के बाहर = outside planning areas
Farmer | लघु एवं सीमांत कृषक = small and marginal farmers; अन्य कृषक = other farmers; महिला कृषक = women farmers
ForestDivision | सामान्य वनमंडल = territorial division; उत्पादन वनमंडल = production division
Turnover | 40 लाख रुपये तक टर्नओवर = turnover up to Rs 40 lakh; 40 लाख रुपये से अधिक टर्नओवर = turnover above Rs 40 lakh
Servant | राज्य शासन के सेवक = state government servants; स्थानीय निकायों के सेवक = local body employees
"#;

/// Departments, each a line `= id | Hindi | English | life events | working or calendar days |
/// qualifier groups` (the sample's 16 first, their names from services.toml), then its subjects:
/// Hindi | English | in Latin letters | everyday words | kinds | own qualifier groups.
const DEPARTMENTS: &str = r#"
= gad |  |  | birth_family, education | working | Office
लोकतंत्र सेनानी | Loktantra Senani | loktantra senani | मीसाबंदी; misa bandi; emergency | Pension, Certificate, Verification
स्वतंत्रता संग्राम सेनानी | freedom fighter | swatantrata senani | सेनानी; freedom fighter; senani | Pension, Certificate
विभागीय परीक्षा | departmental examination | vibhagiya pariksha | परीक्षा; exam; pariksha | Certificate, CertDuplicate
आय | income | aay | आमदनी; इनकम; aamdani; income proof | CertDuplicate, CertCorrection, CertVerification | Tatkal
मूल निवासी | domicile | mool niwasi | निवास; डोमिसाइल; niwas; residence proof | Certificate, CertDuplicate, CertCorrection, CertVerification | Tatkal
आर्थिक रूप से कमजोर वर्ग | economically weaker section | arthik kamjor varg | ईडब्ल्यूएस; गरीब सवर्ण; ews; ews certificate | Certificate, CertDuplicate, CertCorrection, CertVerification
शासकीय सेवक की सेवा पुस्तिका | a government servant's service book | seva pustika | सर्विस बुक; service book; naukri record | CertifiedCopy, Correction, Verification
शासकीय आवास | government housing | sarkari awas | क्वार्टर; सरकारी मकान; quarter; sarkari makan | Allotment, NoDues | Level
अनुकंपा नियुक्ति | compassionate appointment | anukampa niyukti | अनुकम्पा; compassionate job; naukri | Approval, Verification | Level
वंशावली | family lineage | vanshavali | वंश वृक्ष; खानदान; family tree; vansh | Certificate, CertVerification

= revenue |  |  | land_farming | working | Office
भूमि अर्जन मुआवजा | land acquisition compensation | bhumi arjan muavza | मुआवजा; compensation; arjan | Payment, CertifiedCopy
आवासीय पट्टा | residential land patta | awasiya patta | पट्टा; patta; abadi patta | Issue, Transfer, Duplicate | Area
नजूल भूमि | nazul land | nazul | नजूल; सरकारी जमीन; nazul; sarkari zameen | Lease, LeaseRenewal, LeaseTransfer
कृषि भूमि | agricultural land | krishi bhumi | खेत; khet; farm land | Verification, Inspection
किसान | farmer | kisan | कृषक; krishak; farmer | Certificate, Registration
भू-अधिकार एवं ऋण पुस्तिका | land rights and loan book | bhu adhikar rin pustika | किसान किताब; पास बुक; kisan kitab; pass book | Issue, Duplicate, Correction
शोधन क्षमता | solvency | shodhan kshamta | हैसियत; सॉल्वेंसी; solvency; haisiyat | Certificate, CertDuplicate, CertVerification | Amount
भूमि व्यपवर्तन | land diversion | bhumi vyapvartan | डायवर्सन; भूमि उपयोग परिवर्तन; diversion; land use change; dayvarsan | Approval, CertifiedCopy, Correction | Area, Building
राजस्व न्यायालय के आदेश | a revenue court order | rajasva nyayalay aadesh | आदेश की नकल; court order; aadesh ki nakal | CertifiedCopy, Verification | Level
नक्शा तरमीम | map amendment | naksha tarmeem | तरमीम; नक्शा सुधार; tarmim; naksha sudhar | Approval, CertifiedCopy | Area
वृक्ष कटाई | tree felling | vriksh katai | पेड़ कटाई; ped katai; tree cutting | Permission | Area
भू-अभिलेख | land records | bhu abhilekh | खतौनी; जमीन का रिकॉर्ड; bhulekh; khatauni; land record | CertifiedCopy, Correction, Verification, Inspection | Area
फसल क्षति | crop damage | fasal kshati | फसल नुकसान; मुआवजा; crop loss; fasal nuksan; muavza | Assistance, Verification
प्राकृतिक आपदा | natural calamity | prakritik aapda | बाढ़; ओलावृष्टि; आरबीसी 6-4; baadh; flood relief; rbc 6-4 | Assistance | Amount
सीमांकन प्रतिवेदन | demarcation report | seemankan prativedan | नपती; napti; naap | CertifiedCopy
वसीयत के आधार पर नामांतरण | mutation on the basis of a will | vasiyat namantaran | वसीयत; will; namantran | Approval | Area
भूमि बंधक | land mortgage | bhumi bandhak | गिरवी; बंधक; mortgage; girvi | Registration, NoDues
भू-राजस्व | land revenue | bhu rajasv | लगान; lagan; land tax | Assessment, NoDues, Refund
अतिक्रमण | encroachment | atikraman | कब्जा; kabza; encroachment removal | Inspection | Area

= urban |  |  | business_building, birth_family | working | UrbanBody
मोबाइल टावर | mobile tower | mobile tower | टावर; tower; network | Permission, PermRenewal | Building
भवन पूर्णता | building completion | bhavan purnata | पूर्णता; अधिभोग; completion; occupancy | Certificate | Building
पालतू कुत्ता | pet dog | kutta | कुत्ता; dog licence; pet | Licence, LicRenewal
मुक्ति वाहन | hearse | mukti vahan | शव वाहन; shav vahan | Allotment
पार्किंग स्थल | parking lot | parking | पार्किंग; parking; gaadi khadi | Allotment, Licence
भवन निर्माण | building construction | bhavan nirman | नक्शा पास; मकान; naksha pass; ghar; makan | Permission, PermRenewal, Noc, Inspection | Building, UrbanBody
संपत्ति कर | property tax | sampatti kar | हाउस टैक्स; house tax; makan tax | Assessment, Correction, NoDues, Refund | UrbanBody
संपत्ति | property | sampatti | मकान; प्लॉट; plot; makan | NameChange, Transfer | UrbanBody
नल कनेक्शन | tap connection | nal connection | पानी; जल; pani; water connection | New, NameChange, Disconnection, Reconnection | Use, UrbanBody
सीवर कनेक्शन | sewer connection | sewer connection | नाली; सीवरेज; nali; drainage | New, NameChange, Disconnection | Use, UrbanBody
व्यापार | trade | vyapar | दुकान; गुमाश्ता; dukan; gumasta; shop | LicRenewal, LicDuplicate, LicTransfer | Scale, UrbanBody
अग्नि सुरक्षा | fire safety | agni suraksha | अग्निशमन; फायर; fire noc; agnishaman | Noc, Inspection | Building, UrbanBody
विवाह | marriage | vivah | शादी; shaadi; marriage registration; shadi | Registration, Certificate, CertDuplicate, CertCorrection | UrbanBody
जन्म | birth | janm | जन्म प्रमाण; birth certificate; janam | CertDuplicate, CertCorrection | UrbanBody, Tatkal
मृत्यु | death | mrityu | मृत्यु प्रमाण; death certificate; maut | CertDuplicate, CertCorrection | UrbanBody, Tatkal
होर्डिंग विज्ञापन | hoarding advertisement | hoarding vigyapan | विज्ञापन; बैनर; banner; advertisement | Permission, PermRenewal | Term, UrbanBody
सामुदायिक भवन | a community hall | samudayik bhavan | मंगल भवन; बारात घर; mangal bhavan; shadi hall | Allotment | UrbanBody
पथ विक्रेता | street vendor | path vikreta | ठेला; फेरीवाला; thela; hawker; pheriwala | Registration, RegRenewal | UrbanBody
कचरा संग्रहण | waste collection | kachra sangrahan | सफाई; कचरा गाड़ी; safai; garbage | Registration | Use, UrbanBody

= panchayat |  |  | land_farming, pension_social | working | Panchayat
पंचायत भवन | panchayat hall | panchayat bhavan | सामुदायिक भवन; hall | Allotment
ग्रामीण हाट बाजार | rural weekly market | haat bazaar | हाट; बाजार; haat; bazaar | Allotment, Licence
कपिलधारा कूप | Kapildhara well | kapildhara koop | कुआं; kuan; well | Approval, Assistance
मनरेगा जॉब कार्ड | MGNREGA job card | manrega job card | रोजगार गारंटी; जॉब कार्ड; nrega; job card | Issue, Duplicate, Correction
प्रधानमंत्री आवास | PM housing | pradhan mantri awas | पीएम आवास; आवास योजना; pm awas; pmay | Scheme, Approval
ग्राम पंचायत क्षेत्र में भवन निर्माण | building construction in a gram panchayat area | gram panchayat bhavan anumati | नक्शा; मकान; naksha; ghar banana | Permission | Building
ग्रामीण व्यवसाय | rural trade | gramin vyavsay | दुकान; व्यापार; dukan; business | Licence, LicRenewal | Scale
परिवार रजिस्टर | the family register | parivar register | परिवार की नकल; parivar nakal; family record | CertifiedCopy, Correction
स्वच्छ भारत शौचालय | Swachh Bharat toilet | shauchalay | शौचालय; toilet; sauchalay | Assistance
ग्राम पंचायत जल कर | gram panchayat water tax | panchayat jal kar | पानी का टैक्स; jal kar; water tax | Assessment, NoDues
पंचायत भूमि | panchayat land | panchayat bhumi | आबादी भूमि; abadi; gram bhumi | Allotment, Lease

= school |  |  | education | calendar | Level
शिक्षक | teacher | shikshak | टीचर; अध्यापक; teacher; adhyapak | Verification, Certificate
पूरक परीक्षा | supplementary examination | purak pariksha | सप्लीमेंट्री; supply; compartment | Registration, Admission | Grade
निःशुल्क गणवेश | free school uniform | free dress | ड्रेस; यूनिफॉर्म; uniform; dress | Scheme
अंकसूची | marksheet | ankasuchi | मार्कशीट; marksheet; result | Duplicate, Correction, Verification | Grade
स्थानांतरण | transfer | sthanantaran | टीसी; transfer certificate; tc | Certificate, CertDuplicate | School
अशासकीय विद्यालय | a private school | ashaskiya vidyalay | प्राइवेट स्कूल; private school; school manyata | Recognition, Noc, Registration | School
निःशुल्क साइकिल | free bicycle | free cycle | साइकिल; cycle; saikil | Scheme
प्रतिभावान विद्यार्थी लैपटॉप | meritorious student laptop | laptop yojana | लैपटॉप; laptop; pratibhashali | Assistance
माइग्रेशन | migration | migration | प्रवास प्रमाण पत्र; migration | CertCorrection, CertVerification
जन्मतिथि | date of birth | janmtithi | उम्र; dob; birth date | Correction, Certificate | Grade
सरकारी स्कूल | a government school | sarkari school | स्कूल; school; vidyalay | Admission | School

= home |  |  | police | calendar | Level
सीसीटीवी फुटेज | CCTV footage | cctv footage | सीसीटीवी; cctv; video | CertifiedCopy
आतिशबाजी | fireworks | patakhe | पटाखे; पटाखा; crackers; patakha | Licence, LicRenewal | Term, Trade
विस्फोटक | explosives | visphotak | बारूद; explosive | Licence, LicRenewal, Noc
साइबर अपराध | cyber crime | cyber crime | ऑनलाइन ठगी; fraud; thagi | Registration
चरित्र | character | charitra | पुलिस वेरिफिकेशन; चालचलन; police verification; chal chalan | Certificate, CertDuplicate
शस्त्र | arms | shastra | बंदूक; गन; gun; banduk | Licence, LicDuplicate, LicTransfer
जुलूस या रैली | a procession or rally | juloos | रैली; धरना; rally; dharna | Permission
लाउडस्पीकर | loudspeaker | loudspeaker | ध्वनि विस्तारक; डीजे; dj; speaker | Permission | Term
प्रथम सूचना रिपोर्ट | a first information report | fir | एफआईआर; fir copy; fir ki nakal | CertifiedCopy
गुमशुदा वस्तु | lost article | gumshuda saman | खोया सामान; lost report; gum | Certificate
पोस्टमार्टम रिपोर्ट | a post-mortem report | postmortem report | पीएम रिपोर्ट; pm report | CertifiedCopy
सड़क दुर्घटना | road accident | sadak durghatna | एक्सीडेंट; हादसा; accident; hadsa | Assistance
निजी सुरक्षा एजेंसी | private security agency | security agency | सिक्योरिटी; गार्ड; guard | Licence, LicRenewal
पासपोर्ट | passport | passport | पासपोर्ट वेरिफिकेशन; passport police verification | Verification | Tatkal
कर्मचारी | employee | karmchari | नौकरी; नौकर; staff verification; naukar | Verification

= transport |  |  | vehicles | calendar | Vehicle
वाहन पंजीयन चिह्न | registration mark | vip number | वीआईपी नंबर; fancy number; number plate | Allotment
हाई सिक्योरिटी नंबर प्लेट | high security number plate | hsrp | नंबर प्लेट; hsrp; number plate | Issue, Replacement
प्रदूषण जांच केंद्र | pollution testing centre | puc centre | पीयूसी; puc | Licence, LicRenewal
वाहन डीलर | vehicle dealer | gaadi dealer | शोरूम; showroom; dealer | Registration, RegRenewal
वाहन | vehicle | vahan | गाड़ी; gaadi; rc; gadi | Registration, RegRenewal, Noc, Verification | Vehicle
पंजीयन प्रमाण पत्र | registration certificate | rc | आरसी; rc; gaadi ke kagaz | Duplicate, Correction | Vehicle
वाहन स्वामित्व | vehicle ownership | gaadi malik | नाम ट्रांसफर; ownership transfer; gaadi transfer | Transfer | Vehicle
ड्राइविंग लाइसेंस | driving licence | driving license | डीएल; dl; licence | Duplicate, Correction, Verification
परमिट | permit | permit | बस परमिट; taxi permit; autorickshaw | Issue, Renewal, Transfer | Vehicle, Term
फिटनेस | fitness | fitness | गाड़ी फिटनेस; fitness certificate; gaadi fitness | Certificate, CertDuplicate | Vehicle
वाहन कर | vehicle tax | vahan tax | रोड टैक्स; road tax; tax | Refund, NoDues | Vehicle
कंडक्टर | conductor | conductor | परिचालक; conductor licence | Licence, LicRenewal

= finance |  |  | pension_social | working | Servant
पेंशन भुगतान आदेश | pension payment order | ppo | पीपीओ; ppo; pension order | Issue, Duplicate, Correction
सामान्य भविष्य निधि | general provident fund | gpf | जीपीएफ; gpf; bhavishya nidhi | Payment, Correction
परिवार पेंशन | family pension | parivar pension | फैमिली पेंशन; family pension | Approval, Correction
ग्रेच्युटी | gratuity | gratuity | उपादान; graituity | Payment
समूह बीमा | group insurance | group bima | बीमा; bima; insurance | Payment
अवकाश नकदीकरण | leave encashment | chhutti nakdikaran | छुट्टी का पैसा; leave encashment; earned leave | Payment

= health |  |  | health | working | Area
सोनोग्राफी केंद्र | sonography centre | sonography | अल्ट्रासाउंड; ultrasound; pcpndt | Registration, RegRenewal
एक्स-रे इकाई | X-ray unit | x ray | एक्सरे; xray | Registration, RegRenewal
टीकाकरण | vaccination | tikakaran | टीका; vaccine; tika | Certificate, CertDuplicate
मुख्यमंत्री बाल हृदय उपचार | Chief Minister's child heart treatment | bal hriday upchar | दिल; heart; operation | Assistance
मानसिक स्वास्थ्य | mental health | mansik swasthya | मनोरोग; mental; pagal | Certificate
नर्सिंग होम | nursing home | nursing home | अस्पताल; क्लिनिक; hospital; clinic | Registration, RegRenewal | Beds
चिकित्सा | medical | medical | फिटनेस; medical certificate; swasthya | Certificate
शारीरिक स्वस्थता | physical fitness | sharirik swasthata | मेडिकल; medical fitness; fit | Certificate
दिव्यांगता | disability | divyangta | विकलांग; viklang; handicap | CertDuplicate, CertCorrection
जननी सुरक्षा | Janani Suraksha | janani suraksha | प्रसव; delivery; jsy | Scheme
खाद्य व्यवसाय | food business | khadya vyavsay | एफएसएसएआई; fssai; food license | Licence, LicRenewal, Registration | Scale
औषधि विक्रय | drug sale | dawa dukan | मेडिकल स्टोर; दवा; medical store; pharmacy; chemist | Licence, LicRenewal, LicDuplicate, LicTransfer | Trade
रक्त कोष | blood bank | blood bank | खून; ब्लड; khoon | Licence, LicRenewal
मेडिकल बोर्ड | medical board | medical board | बोर्ड; medical board certificate | Certificate
पैथोलॉजी लैब | pathology lab | pathology | लैब; जांच केंद्र; lab; test | Registration, RegRenewal

= labour |  |  | pension_social, business_building | working | Scale
बाल श्रम | child labour | bal shram | बच्चे से काम; child labour | Inspection
श्रमिक शिक्षा | a worker's child's education | shramik shiksha | बच्चों की पढ़ाई; padhai | Scholarship, Assistance
न्यूनतम वेतन | minimum wages | nyuntam vetan | मजदूरी; wages; majduri | Payment, Inspection
दुकान एवं स्थापना | shops and establishments | dukan sthapna | गुमाश्ता; gumasta; shop act | Registration, RegRenewal, RegCorrection | Scale
ठेका श्रमिक | contract labour | theka shramik | ठेकेदार; contractor; theka | Licence, LicRenewal
कारखाना | factory | karkhana | फैक्ट्री; factory licence; udyog | Licence, LicRenewal, LicTransfer, Registration | Scale
असंगठित श्रमिक | unorganised worker | asangathit shramik | संबल; sambal; majdoor card | Registration, Verification
श्रमिक प्रसूति | a worker's maternity | shramik prasuti | प्रसूति सहायता; maternity; delivery | Assistance
श्रमिक अंत्येष्टि | a worker's funeral | antyeshti | अंतिम संस्कार; funeral; kriya karm | Assistance
श्रमिक विवाह | a worker's marriage | shramik vivah | शादी सहायता; shadi; vivah sahayata | Assistance
बॉयलर | boiler | boiler | भाप; steam | Registration, Inspection, Certificate

= wcd |  |  | birth_family | working | Area
प्रधानमंत्री मातृ वंदना | Pradhan Mantri Matru Vandana | matru vandana | गर्भवती; pmmvy; pregnant | Scheme, Registration
बाल विवाह | child marriage | bal vivah | बाल विवाह रोकथाम; child marriage | Registration
आंगनवाड़ी | anganwadi | anganwadi | आंगनबाड़ी; aanganwadi; poshan | Admission, Registration
लाड़ली बहना | Ladli Behna | ladli behna | लाडली बहना; behna yojana; 1250 | Scheme, Correction, Registration
लाड़ली लक्ष्मी | Ladli Laxmi | ladli laxmi | लाडली; ladli lakshmi; beti | Certificate, Correction, Scholarship
मुख्यमंत्री कन्या विवाह | Chief Minister's daughter marriage | kanya vivah | कन्यादान; kanyadan; shadi sahayata | Scheme, Assistance
बाल देखरेख संस्था | child care institution | bal dekhrekh | अनाथालय; orphanage; shishu griha | Registration, RegRenewal
दत्तक ग्रहण | adoption | dattak grahan | गोद लेना; god lena; adopt | Registration, Certificate
वन स्टॉप सेंटर | One Stop Centre | one stop centre | सखी; sakhi; mahila helpline | Assistance

= social |  |  | pension_social | working | Area
राष्ट्रीय परिवार सहायता | national family assistance | parivar sahayata | मृत्यु सहायता; 20000; family benefit | Scheme
मुख्यमंत्री कल्याणी | Mukhyamantri Kalyani | kalyani | विधवा; kalyani; widow | Pension, Registration
भिक्षुक पुनर्वास | beggar rehabilitation | bhikshuk punarvas | भिखारी; bhikhari | Assistance
वृद्धावस्था | old age | vriddhavastha | बुजुर्ग; बुढ़ापा; budhapa; old age; vridha | Pension | Area
विधवा | widow | vidhwa | बेवा; widow; vidhava | Pension | Area
दिव्यांग | disabled person's | divyang | विकलांग; viklang; handicap | Pension, Scholarship | Area
समग्र आईडी | Samagra ID | samagra id | समग्र; samagra; family id; samagra number | Registration, Correction, Verification
परित्यक्ता | abandoned woman's | parityakta | छोड़ी हुई महिला; abandoned | Pension
अविवाहिता | unmarried woman's | avivahita | अविवाहित महिला; unmarried | Pension
कृत्रिम अंग | artificial limbs | kritrim ang | ट्राइसाइकिल; व्हीलचेयर; tricycle; wheelchair | Assistance
दिव्यांग विवाह प्रोत्साहन | disabled marriage incentive | divyang vivah | शादी; incentive; protsahan | Assistance
वरिष्ठ नागरिक पहचान पत्र | senior citizen identity card | varishth nagrik card | बुजुर्ग; senior citizen card; budhe | Issue, Duplicate
नशा मुक्ति केंद्र | de-addiction centre | nasha mukti | नशा; nasha; rehab | Registration, Subsidy

= food |  |  | birth_family | working | Area
अन्नपूर्णा योजना | Annapurna scheme | annapurna | मुफ्त अनाज; free ration; anaj | Scheme
भंडारगृह | warehouse | godown | गोदाम; godam; warehouse | Licence, LicRenewal, Registration | Scale
राशन कार्ड | ration card | ration card | पात्रता पर्ची; बीपीएल कार्ड; patrata parchi; bpl card; anaj | Issue, Duplicate, Correction, Transfer | Area
पात्रता पर्ची | eligibility slip | patrata parchi | राशन; ration slip; parchi | Issue, Correction
उचित मूल्य दुकान | a fair price shop | uchit mulya dukan | राशन दुकान; ration dukan; pds shop | Allotment, Transfer | Area
पेट्रोल पंप | a petrol pump | petrol pump | डीजल; पेट्रोल; diesel; fuel station | Noc | Area
गैस एजेंसी | a gas agency | gas agency | एलपीजी; सिलेंडर; lpg; cylinder | Noc
बाट एवं माप | weights and measures | baat maap | तौल कांटा; तराजू; tarazu; weighing scale | Verification, Licence | Trade
केरोसीन | kerosene | kerosene | मिट्टी का तेल; mitti tel | Licence | Trade

= energy |  |  | business_building | working | Discom
विद्युत लाइन स्थानांतरण | shifting of an electricity line | line shifting | खंभा; पोल; pole; line hatana | Approval
विद्युत सुरक्षा | electrical safety | vidyut suraksha | बिजली सुरक्षा; electrical inspection | Inspection, Certificate | Building
निम्नदाब विद्युत कनेक्शन | low-tension electricity connection | bijli connection | बिजली; मीटर; bijli; meter; light connection | New, NameChange, Disconnection, Reconnection, LoadChange | Use, Discom
उच्चदाब विद्युत कनेक्शन | high-tension electricity connection | ht connection | एचटी; ht; bijli | New, LoadChange, Disconnection | Discom
अस्थायी विद्युत कनेक्शन | temporary electricity connection | asthayi bijli | शादी; कार्यक्रम; temporary light | New | Discom
विद्युत मीटर | electricity meter | bijli meter | मीटर; meter; meter kharab | Replacement, Inspection | Use, Discom
विद्युत बिल | electricity bill | bijli bill | बिल; bill; bijli ka bill | Correction, Duplicate, NoDues | Use, Discom
विद्युत ठेकेदार | electrical contractor | bijli thekedar | वायरमैन; wireman; electrical licence | Licence, LicRenewal
सिंचाई पंप कनेक्शन | irrigation pump connection | sinchai pump | कृषि पंप; मोटर; krishi pump; motor | New, LoadChange | Term, Discom
ट्रांसफार्मर | transformer | transformer | डीपी; dp; transformer jal gaya | Replacement, Repair | Area, Discom

= housing_env |  |  | business_building | calendar | Planning
भवन ऊंचाई | building height | bhavan unchai | ऊंची इमारत; high rise; floor | Noc, Approval | Building
विकास अनुज्ञा | development permission | vikas anugya | ले-आउट; टीएनसीपी; layout; tncp; naksha | Approval, CertifiedCopy | Building
भूमि उपयोग | land use | bhumi upyog | लैंड यूज; land use certificate; master plan | Certificate
कॉलोनी विकास | colony development | colony vikas | कॉलोनी; colony; layout | Permission | Scale
कॉलोनाइजर | colonizer | colonizer | बिल्डर; builder; colony | Registration, RegRenewal
रेरा परियोजना | RERA project | rera | रेरा; rera; real estate | Registration, RegCorrection

= psm |  |  | birth_family | working | 
लोक सेवा केंद्र | public service centre | lok seva kendra | एमपी ऑनलाइन; कियोस्क; kiosk; csc | Allotment, Renewal
लोक सेवा गारंटी प्रकरण | a public service guarantee case | lok seva guarantee | अपील; appeal; psg | CertifiedCopy
मुख्यमंत्री हेल्पलाइन शिकायत | CM Helpline complaint | cm helpline | 181; शिकायत; shikayat; complaint | Registration

= agriculture | किसान कल्याण तथा कृषि विकास विभाग | Farmer Welfare and Agriculture Development Department | land_farming | working | Farmer
कृषि ऋण | farm loan | krishi rin | कर्ज माफी; loan; karz | Approval, NoDues
जैविक खेती | organic farming | jaivik kheti | जैविक; organic | Registration, Certificate, Subsidy
कृषि यंत्र किराया केंद्र | custom hiring centre | custom hiring | किराया केंद्र; custom hiring; tractor kiraya | Subsidy, Registration
फार्म पौंड | farm pond | khet talab | खेत तालाब; talab; balram talab | Subsidy
बीज | seed | beej | बीज विक्रय; seeds; beej dukan | Licence, LicRenewal | Trade
उर्वरक | fertiliser | urvarak | खाद; यूरिया; khad; fertilizer; yuria | Licence, LicRenewal | Trade
कीटनाशक | pesticide | keetnashak | दवाई; spray; insecticide | Licence, LicRenewal | Trade
कृषि यंत्र | farm machinery | krishi yantra | ट्रैक्टर; थ्रेशर; tractor; thresher | Subsidy | Class
मृदा स्वास्थ्य कार्ड | soil health card | mrida swasthya card | मिट्टी परीक्षण; mitti parikshan; soil test | Issue, Duplicate
किसान क्रेडिट कार्ड | Kisan Credit Card | kisan credit card | केसीसी; kcc; fasal rin | Issue, Renewal
फसल बीमा | crop insurance | fasal bima | प्रधानमंत्री फसल बीमा; pmfby; bima claim | Scheme, Registration
ड्रिप सिंचाई | drip irrigation | drip sinchai | स्प्रिंकलर; sprinkler; tapak sinchai | Subsidy | Class
कृषि उपज मंडी | agricultural produce market | mandi | मंडी; व्यापारी; mandi license; trader | Licence, LicRenewal | Trade

= horticulture | उद्यानिकी एवं खाद्य प्रसंस्करण विभाग | Horticulture and Food Processing Department | land_farming, business_building | working | Farmer
मसाला फसल | spice crops | masala kheti | मिर्च; हल्दी; mirch; haldi | Subsidy
फूलों की खेती | floriculture | phool kheti | फूल; gulab; flower | Subsidy
उद्यानिकी नर्सरी | horticulture nursery | nursery | पौधशाला; paudhshala; nursery | Registration, RegRenewal, Recognition | Scale
फल उद्यान | fruit orchard | phal udyan | बगीचा; bagicha; orchard; aam | Subsidy | Class
खाद्य प्रसंस्करण इकाई | food processing unit | khadya prasanskaran | फूड प्रोसेसिंग; food processing; pmfme | Subsidy, Registration | Scale
पॉली हाउस | polyhouse | poly house | ग्रीन हाउस; green house; shade net | Subsidy | Class
शीत भंडार | cold storage | cold storage | कोल्ड स्टोरेज; cold storage | Licence, LicRenewal, Subsidy | Scale

= animal-husbandry | पशुपालन एवं डेयरी विभाग | Animal Husbandry and Dairy Department | land_farming | working | Farmer
पशु बधियाकरण | animal castration | badhiyakaran | बधिया; castration | Registration
कृत्रिम गर्भाधान | artificial insemination | kritrim garbhadhan | एआई; ai; breeding | Registration, Certificate
पशु स्वास्थ्य | animal health | pashu swasthya | पशु; जानवर; janwar; maveshi; vet | Certificate
दुग्ध सहकारी समिति | milk cooperative society | dugdh samiti | डेयरी; dairy; doodh | Registration
आचार्य विद्यासागर गौ संवर्धन | Acharya Vidyasagar cow development | gau samvardhan | गाय; डेयरी; gaay; dairy loan | Scheme | Class
पशु बीमा | livestock insurance | pashu bima | मवेशी बीमा; bima; cattle insurance | Scheme
पशु परिवहन | animal transport | pashu parivahan | मवेशी; cattle; transport | Permission
कुक्कुट पालन | poultry farming | murgi palan | मुर्गी; poultry; kukkut | Subsidy, Registration | Scale
बकरी पालन | goat rearing | bakri palan | बकरी; goat | Subsidy | Class
पशु आहार | cattle feed | pashu aahar | चारा; chara; feed | Licence, Registration | Trade

= fisheries | मछुआ कल्याण तथा मत्स्य विकास विभाग | Fishermen Welfare and Fisheries Development Department | land_farming, business_building | working | Level
मत्स्य पालन | fish farming | machhli palan | मछली; मछली पालन; machhli; fish | Lease, LeaseRenewal, LeaseTransfer, Subsidy | Water
मछुआ क्रेडिट कार्ड | fishermen credit card | machhua credit card | केसीसी; kcc; machhua | Issue, Renewal, Duplicate
मछुआ सहकारी समिति | fishermen cooperative society | machhua samiti | समिति; society; machhua | Registration, RegCorrection
मत्स्य बीज उत्पादन | fish seed production | matsya beej utpadan | हैचरी; hatchery; machhli beej | Registration, Subsidy | Scale
मछुआ दुर्घटना बीमा | fishermen accident insurance | machhua bima | बीमा; bima; accident | Assistance
मत्स्याखेट | fishing | machhli pakadna | मछली पकड़ना; jaal; fishing licence | Licence, LicRenewal | Water

= forest | वन विभाग | Forest Department | land_farming, business_building | calendar | ForestDivision
वन क्षेत्र में मार्ग | a road through forest land | van marg | रास्ता; van bhumi; forest clearance | Permission, Approval
लघु वनोपज | minor forest produce | laghu vanopaj | महुआ; चिरौंजी; mahua; chironji | Licence, Registration | Trade
वनोपज परिवहन | forest produce transit | vanopaj parivahan | टीपी; transit pass; lakdi; tp | Permission
आरा मशीन | saw mill | aara machine | सॉ मिल; saw mill; lakdi | Licence, LicRenewal, LicTransfer
काष्ठ डिपो | timber depot | lakdi depot | लकड़ी; lakdi; timber | Licence, LicRenewal | Trade
वन अधिकार पत्र | forest rights title | van adhikar patra | पट्टा; वनाधिकार; van patta; fra | Issue, CertifiedCopy, Correction
वन्यप्राणी क्षति | damage by wild animals | vanyaprani kshati | जंगली जानवर; हाथी; fasal nuksan; wild animal | Assistance
निजी भूमि पर वृक्ष कटाई | tree felling on private land | ped katai | पेड़ काटना; tree cutting; vriksh | Permission
तेंदूपत्ता संग्राहक | tendu leaf collector | tendupatta sangrahak | तेंदू पत्ता; बोनस; tendu; bonus | Registration, Scheme, Scholarship
बांस | bamboo | baans | बांस; bamboo; bans | Permission, Allotment

= mineral | खनिज साधन विभाग | Mineral Resources Department | business_building | working | Level
खनिज रॉयल्टी | mineral royalty | royalty | रॉयल्टी; royalty | NoDues, Refund, Assessment | Mineral
खनिज उत्खनन | mineral mining | khanij utkhanan | खदान; खनन; khadan; mining lease | Lease, LeaseRenewal, LeaseTransfer | Mineral
रेत खदान | sand mine | ret khadan | रेत; बालू; ret; sand; balu | Lease, Permission
खनिज परिवहन | mineral transit | khanij parivahan | ईटीपी; रवन्ना; etp; rawanna; transit pass | Permission | Mineral
ईंट भट्टा | brick kiln | int bhatta | भट्टा; bhatta; brick | Permission, Registration
स्टोन क्रेशर | stone crusher | crusher | गिट्टी; gitti; crusher | Registration, Licence
खनिज भंडारण | mineral storage | khanij bhandaran | डिपो; depot | Licence, LicRenewal | Mineral

= water-resources | जल संसाधन विभाग | Water Resources Department | land_farming | working | Farmer
सिंचाई जल | irrigation water | sinchai pani | नहर; पानी; nahar; canal | Permission, Allotment | Water
नहर से पानी उद्वहन | lifting water from a canal | nahar se pani | उद्वहन; lift irrigation; pump | Permission
औद्योगिक जल | industrial water | audyogik jal | पानी; water allocation; udyog pani | Allotment | Water
सिंचाई कर | irrigation tax | sinchai kar | पानी का टैक्स; jal kar; canal tax | NoDues, Refund, Correction

= phe | लोक स्वास्थ्य यांत्रिकी विभाग | Public Health Engineering Department | health, business_building | working | Area
हैंडपंप | handpump | handpump | हैंडपम्प; नलकूप; hand pump; nalkoop | Repair, New | Area
जल जीवन मिशन नल कनेक्शन | Jal Jeevan Mission tap connection | jal jeevan mission nal | हर घर जल; har ghar jal; nal | New, Repair
जल गुणवत्ता | water quality | jal gunvatta | पानी की जांच; pani jaanch; water test | Certificate, Inspection
नलकूप खनन | borewell drilling | boring | बोरवेल; ट्यूबवेल; borewell; tubewell | Permission | Area
बोरवेल मशीन | borewell rig | boring machine | बोरिंग; rig | Registration, RegRenewal

= commercial-tax | वाणिज्यिक कर विभाग | Commercial Tax Department | business_building | working | Turnover
ई-वे बिल | e-way bill | eway bill | ईवे बिल; eway; bill | Verification
जीएसटी | GST | gst | वस्तु एवं सेवा कर; gst number; tax | Registration, RegCorrection, Refund
व्यवसाय कर | professional tax | vyavsay kar | प्रोफेशनल टैक्स; professional tax; pt | Registration, NoDues, Refund
वैट | VAT | vat | वाणिज्यिक कर; tax clearance | NoDues, Refund, Assessment
प्रवेश कर | entry tax | pravesh kar | चुंगी; chungi | Refund, NoDues

= registration | पंजीयन एवं मुद्रांक विभाग | Registration and Stamps Department | land_farming, business_building | working | Area
विक्रय विलेख | sale deed | registry | रजिस्ट्री; बैनामा; registry; bainama | Registration, CertifiedCopy
दान पत्र | gift deed | daan patra | गिफ्ट डीड; gift deed; daan | Registration, CertifiedCopy
वसीयतनामा | will | vasiyatnama | वसीयत; will; vasiyat | Registration, CertifiedCopy
किरायानामा | rent agreement | kirayanama | किराया अनुबंध; rent agreement; kiraya | Registration
मुख्तारनामा | power of attorney | mukhtarnama | पावर ऑफ अटॉर्नी; poa; power of attorney | Registration, CertifiedCopy
भार मुक्त | encumbrance | bhar mukt | ईसी; ec; encumbrance certificate | Certificate
स्टाम्प शुल्क | stamp duty | stamp shulk | स्टाम्प; मुद्रांक; stamp; mudrank | Refund, Assessment
स्टाम्प वेंडर | stamp vendor | stamp vendor | स्टाम्प विक्रेता; vendor | Licence, LicRenewal

= excise | आबकारी विभाग | Excise Department | business_building | calendar | 
देशी मदिरा दुकान | country liquor shop | desi sharab dukan | शराब; ठेका; sharab; theka; daaru | Licence, LicRenewal
विदेशी मदिरा दुकान | foreign liquor shop | angrezi sharab | शराब; wine shop; angrezi | Licence, LicRenewal
बार | bar | bar | होटल बार; bar licence; club | Licence, LicRenewal | Scale
भांग | bhang | bhang | भांग दुकान; bhang shop | Licence
मदिरा परिवहन | liquor transport | sharab parivahan | परमिट; permit; transport pass | Permission
अवसर विशेष | occasional | party license | शादी पार्टी; party; event | Licence

= higher-education | उच्च शिक्षा विभाग | Higher Education Department | education | calendar | Level
विश्वविद्यालय नामांकन | university enrolment | namankan | एनरोलमेंट; enrolment number | Registration, Correction
पीएचडी | PhD | phd | शोध; research; shodh | Admission, Registration
उपाधि | degree | upadhi | डिग्री; degree; graduation | Certificate, CertDuplicate, CertVerification
स्नातक अंकसूची | graduation marksheet | snatak ankasuchi | मार्कशीट; marksheet; ba bsc bcom | Duplicate, Correction, Verification
गांव की बेटी | Gaon ki Beti | gaon ki beti | बेटी; छात्रा; girl student | Scholarship, Scheme
प्रतिभा किरण | Pratibha Kiran | pratibha kiran | छात्रा; shahri beti | Scholarship
अशासकीय महाविद्यालय | a private college | private college | कॉलेज; college; manyata | Recognition, Noc
शासकीय महाविद्यालय | a government college | sarkari college | कॉलेज; admission; pravesh | Admission

= technical-education | तकनीकी शिक्षा, कौशल विकास एवं रोजगार विभाग | Technical Education, Skill Development and Employment Department | education | calendar | Level
अप्रेंटिसशिप | apprenticeship | apprenticeship | प्रशिक्षु; apprentice; training | Registration, Certificate
आईटीआई | ITI | iti | आई टी आई; iti; trade | Admission, Certificate, CertDuplicate
पॉलिटेक्निक | polytechnic | polytechnic | डिप्लोमा; diploma | Admission, Certificate
रोजगार कार्यालय | employment exchange | rojgar karyalay | रोजगार पंजीयन; बेरोजगारी; berojgari; naukri; employment registration | Registration, RegRenewal, RegCorrection
मेधावी विद्यार्थी | meritorious student | medhavi vidyarthi | एमएमवीवाई; mmvy; fees | Scheme, Scholarship
कौशल प्रशिक्षण | skill training | kaushal prashikshan | ट्रेनिंग; training; skill | Registration

= medical-education | चिकित्सा शिक्षा विभाग | Medical Education Department | education, health | calendar | 
मेडिकल कॉलेज | medical college | medical college | एमबीबीएस; mbbs; neet | Admission
नर्सिंग परिषद | nursing council | nursing council | नर्स; nurse; gnm; anm | Registration, RegRenewal
चिकित्सा परिषद | medical council | medical council | डॉक्टर; doctor registration; mpmc | Registration, RegRenewal
इंटर्नशिप | internship | internship | इंटर्नशिप; internship certificate | Certificate

= ayush | आयुष विभाग | AYUSH Department | health | working | 
आयुष चिकित्सक | AYUSH practitioner | ayush doctor | आयुर्वेद; होम्योपैथी; vaidya; hakim | Registration, RegRenewal
आयुर्वेदिक औषधि निर्माण | Ayurvedic medicine manufacturing | ayurvedic dawa | आयुर्वेद; दवा; ayurveda | Licence, LicRenewal
आयुष महाविद्यालय | an AYUSH college | ayush college | बीएएमएस; bams; bhms | Admission
योग केंद्र | yoga centre | yog kendra | योग; yoga | Registration

= tribal | जनजातीय कार्य विभाग | Tribal Affairs Department | education, pension_social | working | Level
जनजाति छात्रावास | a tribal hostel | chhatravas | हॉस्टल; hostel; chatrawas | Admission
पोस्ट मैट्रिक | post-matric | post matric | छात्रवृत्ति; scholarship; vazifa | Scholarship | Class
प्री मैट्रिक | pre-matric | pre matric | छात्रवृत्ति; scholarship | Scholarship | Class
आवास सहायता | housing assistance | awas sahayata | किराया; kiraya; room rent | Scheme | Class
आदिवासी विवाह | tribal marriage | adivasi vivah | शादी; shadi | Assistance

= sc-welfare | अनुसूचित जाति कल्याण विभाग | Scheduled Castes Welfare Department | education, pension_social | working | Level
अनुसूचित जाति छात्रावास | a Scheduled Caste hostel | sc hostel | हॉस्टल; hostel | Admission
अंतरजातीय विवाह | inter-caste marriage | antarjatiya vivah | अंतर्जातीय; intercaste; shadi protsahan | Assistance
विदेश अध्ययन | study abroad | videsh adhyayan | विदेश; abroad; foreign study | Scholarship | Class
संत रविदास स्वरोजगार | Sant Ravidas self-employment | sant ravidas yojana | स्वरोजगार; loan; rozgar | Scheme
अत्याचार पीड़ित | atrocity victim | atyachar pidit | एससी एसटी एक्ट; sc st act; rahat | Assistance

= obc-minority | पिछड़ा वर्ग एवं अल्पसंख्यक कल्याण विभाग | Backward Classes and Minority Welfare Department | education, pension_social | working | Level
पिछड़ा वर्ग | backward classes | pichhda varg | ओबीसी; obc; pichda | Scholarship, Certificate
अल्पसंख्यक | minority | alpsankhyak | मुस्लिम; ईसाई; muslim; minority | Scholarship, Certificate
हज यात्रा | Haj pilgrimage | haj yatra | हज; haj | Registration
मदरसा | madrasa | madarsa | मदरसा बोर्ड; madrasa board | Registration, Recognition
वक्फ संपत्ति | Waqf property | waqf | वक्फ; wakf | Registration, CertifiedCopy

= cooperative | सहकारिता विभाग | Cooperative Department | business_building, land_farming | working | Level
सहकारी समिति चुनाव | cooperative society election | samiti chunav | चुनाव; election | Approval
सहकारी समिति | cooperative society | sahkari samiti | सोसाइटी; society; samiti | Registration, RegCorrection, CertifiedCopy | Cooperative
सहकारी बैंक ऋण | cooperative bank loan | sahkari rin | कर्ज; loan; karz | Approval, NoDues
समिति की उपविधि | a society's bye-laws | upvidhi | बायलॉज; byelaws | Correction, CertifiedCopy | Cooperative
समिति सदस्यता | society membership | sadasyata | सदस्य; member | Approval

= cottage | कुटीर एवं ग्रामोद्योग विभाग | Cottage and Rural Industries Department | business_building | working | 
हाथकरघा बुनकर | handloom weaver | bunkar | बुनकर; करघा; handloom; weaver | Registration, Assistance
ग्रामोद्योग इकाई | village industry unit | gramodyog | खादी; khadi; kvic | Subsidy, Registration
माटी कला | pottery | mati kala | कुम्हार; kumhar; pottery | Assistance
रेशम पालन | sericulture | resham palan | रेशम; silk; resham | Subsidy
हस्तशिल्पी पहचान पत्र | artisan identity card | hastshilp card | शिल्पी; artisan card; craft | Issue, Renewal

= msme | सूक्ष्म, लघु एवं मध्यम उद्यम विभाग | Micro, Small and Medium Enterprises Department | business_building | working | Class
उद्यम | Udyam | udyam | एमएसएमई; msme; udyog aadhaar | Registration, RegCorrection
मुख्यमंत्री उद्यम क्रांति | Mukhyamantri Udyam Kranti | udyam kranti | लोन; loan; swarozgar | Scheme
औद्योगिक भूखंड | an industrial plot | audyogik plot | प्लॉट; plot; udyog zameen | Allotment, Transfer, NoDues | Scale
औद्योगिक इकाई | an industrial unit | udyog ikai | फैक्ट्री; factory; industry | Subsidy, Inspection | Scale

= industry | औद्योगिक नीति एवं निवेश प्रोत्साहन विभाग | Industrial Policy and Investment Promotion Department | business_building | working | 
निवेश प्रोत्साहन सहायता | investment promotion assistance | nivesh protsahan | सब्सिडी; subsidy; incentive | Approval | Scale
औद्योगिक क्षेत्र की भूमि | land in an industrial area | audyogik kshetra | भूमि आवंटन; land allotment; mpidc | Allotment, Transfer | Scale
औद्योगिक क्षेत्र में भवन | a building in an industrial area | audyogik bhavan | नक्शा; factory building; naksha | Permission

= tourism | पर्यटन विभाग | Tourism Department | business_building | working | Area
साहसिक पर्यटन | adventure tourism | adventure | कैंपिंग; camping; trekking | Registration, Permission
रेस्टोरेंट | restaurant | restaurant | ढाबा; dhaba; hotel | Registration | Scale
होटल | hotel | hotel | लॉज; lodge; resort | Registration, RegRenewal | Scale
होम स्टे | homestay | home stay | होमस्टे; homestay; ghar me rukna | Registration, RegRenewal | Area
टूर ऑपरेटर | tour operator | tour operator | ट्रैवल एजेंट; travel agent | Registration
फिल्म शूटिंग | film shooting | film shooting | शूटिंग; shooting; film | Permission
पर्यटक गाइड | tourist guide | guide | गाइड; guide license | Licence, LicRenewal

= culture | संस्कृति विभाग | Culture Department | education | working | Level
कलाकार | artist | kalakar | लोक कलाकार; folk artist; kala | Registration, Pension, Assistance
सांस्कृतिक संस्था | a cultural organisation | sanskritik sanstha | संस्था; sanstha; ngo | Subsidy
पुरातत्व स्मारक में फोटोग्राफी | photography at an archaeological monument | smarak photo | स्मारक; monument; kila | Permission

= sports | खेल एवं युवा कल्याण विभाग | Sports and Youth Welfare Department | education | working | Level
खेल अकादमी | a sports academy | khel academy | अकादमी; academy; khiladi | Admission
खिलाड़ी | sportsperson | khiladi | स्पोर्ट्स; sports; player | Certificate, Scholarship, Assistance | Level
खेल मैदान | a sports ground | khel maidan | स्टेडियम; stadium; ground booking | Allotment

= pwd | लोक निर्माण विभाग | Public Works Department | business_building | working | Level
सरकारी भवन | a government building | sarkari bhavan | भवन; building | Allotment, Repair
सड़क कटिंग | road cutting | sadak cutting | खुदाई; road digging; khudai; pipeline | Permission | Area
ठेकेदार | contractor | thekedar | कॉन्ट्रैक्टर; contractor; theka | Registration, RegRenewal | Contractor
विश्राम गृह | a rest house | vishram grih | रेस्ट हाउस; dak bungalow; circuit house | Allotment
पहुंच मार्ग | an access road | pahunch marg | रास्ता; approach road; raasta | Permission | Building

= renewable-energy | नवीन एवं नवकरणीय ऊर्जा विभाग | New and Renewable Energy Department | business_building, land_farming | working | Farmer
सौर ऊर्जा पंप | solar pump | solar pump | सोलर पंप; सौर पंप; solar; surya | Subsidy | Class
रूफटॉप सोलर | rooftop solar | rooftop solar | सोलर पैनल; solar panel; chhat | Subsidy, Registration | Use
नेट मीटरिंग | net metering | net metering | नेट मीटर; net meter; solar meter | Approval | Use
बायोगैस संयंत्र | biogas plant | biogas | गोबर गैस; gobar gas; biogas | Subsidy
सौर ऊर्जा परियोजना | a solar power project | solar project | सोलर पार्क; solar park | Registration, Allotment | Scale

= environment | पर्यावरण विभाग | Environment Department | business_building | working | Level
ई-अपशिष्ट | e-waste | e waste | इलेक्ट्रॉनिक कचरा; electronic waste | Registration, Approval
ध्वनि प्रदूषण | noise pollution | dhwani pradushan | शोर; noise; shor | Inspection, Noc
स्थापना सम्मति | consent to establish | sthapna sahmati | सीटीई; प्रदूषण; cte; pradushan | Approval, Renewal | Pollution
संचालन सम्मति | consent to operate | sanchalan sahmati | सीटीओ; प्रदूषण; cto; pradushan | Approval, Renewal | Pollution
जैव चिकित्सा अपशिष्ट | bio-medical waste | biomedical waste | मेडिकल कचरा; medical waste; kachra | Approval | Beds
खतरनाक अपशिष्ट | hazardous waste | khatarnak apshisht | कचरा; waste | Approval
प्लास्टिक अपशिष्ट | plastic waste | plastic | पॉलीथीन; polythene; plastic | Registration
डीजी सेट | a DG set | generator | जनरेटर; generator | Noc

= law | विधि एवं विधायी कार्य विभाग | Law and Legislative Affairs Department | birth_family | working | 
नोटरी | notary | notary | नोटरी; notary; attestation | Licence, LicRenewal
विशेष विवाह | special marriage | special marriage | कोर्ट मैरिज; court marriage | Registration, CertifiedCopy
न्यायालय निर्णय | a court judgment | faisla | फैसला; judgment copy; order copy | CertifiedCopy | Level

= jail | जेल विभाग | Jail Department | police | calendar | 
बंदी से मुलाकात | a prisoner visit | mulakat | जेल मुलाकात; jail visit; kaidi | Permission
बंदी पैरोल | prisoner parole | parole | पैरोल; parole; chhutti | Approval
बंदी कल्याण निधि | prisoner welfare fund | bandi kalyan | कैदी; kaidi | Assistance

= religious | धार्मिक न्यास एवं धर्मस्व विभाग | Religious Trusts and Endowments Department | birth_family | working | 
मुख्यमंत्री तीर्थ दर्शन | Mukhyamantri Tirth Darshan | teerth darshan | तीर्थ यात्रा; yatra; tirth | Registration, Scheme
मंदिर पुजारी | temple priest | pujari | पुजारी; priest; mandir | Registration, Assistance
धार्मिक न्यास | religious trust | dharmik nyas | ट्रस्ट; trust; mandir trust | Registration, RegCorrection
मेला | a fair | mela | धार्मिक मेला; mela | Permission

= science-technology | विज्ञान एवं प्रौद्योगिकी विभाग | Science and Technology Department | business_building | working | 
डिजिटल हस्ताक्षर | digital signature | digital signature | डीएससी; dsc; e sign | Issue, Renewal
आईटी पार्क भूखंड | an IT park plot | it park | प्लॉट; plot; it | Allotment

= gas-relief | भोपाल गैस त्रासदी राहत एवं पुनर्वास विभाग | Bhopal Gas Tragedy Relief and Rehabilitation Department | health, pension_social | working | 
गैस पीड़ित | gas victim | gas pidit | गैस त्रासदी; bhopal gas; pidit | Pension, Certificate, Assistance
गैस पीड़ित स्वास्थ्य पुस्तिका | gas victim health booklet | gas pidit card | अस्पताल; ilaj; bmhrc | Issue, Duplicate

= dnt | विमुक्त, घुमन्तु एवं अर्द्धघुमन्तु जनजाति कल्याण विभाग | Denotified, Nomadic and Semi-Nomadic Tribes Welfare Department | pension_social, education | working | 
विमुक्त जाति | denotified tribe | vimukt jati | घुमंतू; ghumantu; nomadic | Certificate, Scholarship
घुमंतू जाति छात्रावास | a nomadic tribe hostel | ghumantu hostel | हॉस्टल; hostel | Admission

= public-relations | जनसंपर्क विभाग | Public Relations Department | business_building | working | 
पत्रकार अधिमान्यता | journalist accreditation | patrakar adhimanyata | पत्रकार; press card; patrakar | Approval, Renewal | Level
पत्रकार बीमा | journalist insurance | patrakar bima | बीमा; insurance | Scheme
विज्ञापन सूचीबद्धता | advertisement empanelment | vigyapan empanelment | समाचार पत्र; newspaper; empanelment | Registration, Renewal

= aviation | विमानन विभाग | Aviation Department | business_building | working | 
हवाई पट्टी | an airstrip | hawai patti | एयरस्ट्रिप; airstrip; landing | Permission
हेलीपैड | a helipad | helipad | हेलीकॉप्टर; helicopter | Permission

= narmada | नर्मदा घाटी विकास विभाग | Narmada Valley Development Department | land_farming | working | 
नर्मदा नहर जल | Narmada canal water | narmada nahar | नहर; पानी; canal; sinchai | Allotment, Permission
डूब प्रभावित | submergence-affected | doob prabhavit | विस्थापित; visthapit; displaced; punarvas | Certificate, Assistance
"#;
