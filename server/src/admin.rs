//! `server admin …`: administration from the command line.
//!
//! ```text
//! server admin create-officer --login tehsildar.huzur --name "राम प्रसाद" \
//!     --role designated-officer --designation-hi "तहसीलदार, हुज़ूर" --designation-en "Tehsildar, Huzur" \
//!     --district bhopal --services income-certificate,domicile-certificate
//! ```
//!
//! The password is read from `OFFICER_PASSWORD`, or else from the first line of standard input,
//! so it never appears in the shell's history or the process list. `--department ID` stands for
//! every service of that department. Running it again with the same login replaces the account.
//!
//! ```text
//! server admin revoke-certificate --code 7KQ4-93XP-M2DA-8HCT-5RWB
//! ```
//!
//! marks a certificate revoked: its public check says so from then on.
//!
//! ```text
//! server admin deactivate-officer --login tehsildar.huzur
//! ```
//!
//! stops an account signing in and ends its open sessions. Every command is written to the
//! audit log, naming the account or certificate.

use crate::casework::officers::create_officer;
use crate::db::Database;
use app::api::case_types::OfficerProfile;
use app::domain::language::BilingualText;
use app::domain::officer::Role;
use std::collections::BTreeMap;

/// What `server admin` accepts.
pub const USAGE: &str = "usage: server admin create-officer --login LOGIN --name NAME --role ROLE \
--designation-hi TEXT --designation-en TEXT [--district ID] [--centre ID] \
[--services ID,ID… | --department ID]   (password from OFFICER_PASSWORD or standard input)\n\
       server admin deactivate-officer --login LOGIN\n\
       server admin audit-verify\n\
       server admin revoke-certificate --code CODE\n\
roles: designated-officer, first-appeal-officer, second-appeal-authority, department-admin, centre-operator";

/// Reads `--name value` pairs.
pub fn parse_flags(args: &[String]) -> Result<BTreeMap<String, String>, String> {
    let mut flags = BTreeMap::new();
    let mut rest = args.iter();
    while let Some(flag) = rest.next() {
        let Some(name) = flag.strip_prefix("--") else {
            return Err(format!("unexpected `{flag}`"));
        };
        let value = rest
            .next()
            .ok_or_else(|| format!("--{name} needs a value"))?;
        if flags.insert(name.to_string(), value.clone()).is_some() {
            return Err(format!("--{name} is given twice"));
        }
    }
    Ok(flags)
}

/// The officer the flags describe (services from `--department` are looked up in `db`).
pub async fn officer_from_flags(
    db: &Database,
    mut flags: BTreeMap<String, String>,
) -> Result<OfficerProfile, String> {
    let mut take = |name: &str| flags.remove(name);
    let required = |value: Option<String>, name: &str| {
        value
            .filter(|v| !v.trim().is_empty())
            .ok_or_else(|| format!("--{name} is required"))
    };
    let login = required(take("login"), "login")?;
    let name = required(take("name"), "name")?;
    let role_text = required(take("role"), "role")?;
    let role = Role::parse(&role_text).ok_or_else(|| format!("no role `{role_text}`"))?;
    let designation = BilingualText::new(
        required(take("designation-hi"), "designation-hi")?,
        required(take("designation-en"), "designation-en")?,
    );
    let district = take("district");
    let centre = take("centre");
    let mut services: Vec<String> = take("services")
        .map(|list| {
            list.split(',')
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect()
        })
        .unwrap_or_default();
    if let Some(department) = take("department") {
        let ids = crate::db::catalogue::services_of_department(db.pool(), &department)
            .await
            .map_err(|e| e.to_string())?;
        if ids.is_empty() {
            return Err(format!("no services in department `{department}`"));
        }
        services.extend(ids);
    }
    if let Some(unknown) = flags.keys().next() {
        return Err(format!("unknown flag --{unknown}"));
    }
    Ok(OfficerProfile {
        login,
        name,
        designation,
        role,
        district,
        centre,
        services,
    })
}

/// Runs `server admin ARGS…` as `main` does: the catalogue brought up to date from the same
/// source the server loads (`CATALOGUE_DIR`, or the sample), never the sample over the state's
/// own; the message to print on success.
pub async fn run_configured(
    config: &crate::config::Config,
    db: &Database,
    args: &[String],
    now: i64,
) -> Result<String, String> {
    let vault = match &config.secret_key {
        Some(key) => crate::vault::Vault::from_base64(key),
        None => crate::vault::Vault::from_file(&config.secret_key_file),
    }
    .map_err(|e| e.to_string())?;
    crate::vault::check_key(db, &vault).await?;
    crate::db::audit::set_chain_key(vault.audit_key());
    let catalogue = crate::seed::Catalogue::configured(config).map_err(|e| e.to_string())?;
    crate::seed::sync_catalogue(db, &catalogue)
        .await
        .map_err(|e| e.to_string())?;
    run(db, args, now).await
}

/// Runs `server admin ARGS…` against the database; the message to print on success.
pub async fn run(db: &Database, args: &[String], now: i64) -> Result<String, String> {
    match args.split_first() {
        Some((command, rest)) if command == "create-officer" => {
            let officer = officer_from_flags(db, parse_flags(rest)?).await?;
            let password = match std::env::var("OFFICER_PASSWORD") {
                Ok(password) => password,
                Err(_) => {
                    let mut line = String::new();
                    std::io::stdin()
                        .read_line(&mut line)
                        .map_err(|e| e.to_string())?;
                    line.trim_end_matches(['\r', '\n']).to_string()
                }
            };
            create_officer(db, &officer, &password, now).await?;
            Ok(format!(
                "officer `{}` ({}) created with {} service(s)",
                officer.login,
                officer.role.as_str(),
                officer.services.len()
            ))
        }
        Some((command, rest)) if command == "audit-verify" => {
            if let Some(extra) = rest.first() {
                return Err(format!("unexpected `{extra}`"));
            }
            use crate::casework::audit_trail::{ChainCheck, verify};
            match verify(db).await? {
                ChainCheck::Whole(lines) => {
                    Ok(format!("the audit log's chain is whole: {lines} lines"))
                }
                ChainCheck::BrokenAt(seq) => Err(format!(
                    "the audit log's chain is broken at line {seq}: it, or the line before, was changed, removed or inserted"
                )),
            }
        }
        Some((command, rest)) if command == "deactivate-officer" => {
            let mut flags = parse_flags(rest)?;
            let login = flags
                .remove("login")
                .ok_or_else(|| "--login is required".to_string())?;
            if let Some(unknown) = flags.keys().next() {
                return Err(format!("unknown flag --{unknown}"));
            }
            crate::casework::officers::deactivate_officer(db, &login, now).await?;
            Ok(format!("officer `{login}` deactivated; its sessions ended"))
        }
        Some((command, rest)) if command == "revoke-certificate" => {
            let mut flags = parse_flags(rest)?;
            let typed = flags
                .remove("code")
                .ok_or_else(|| "--code is required".to_string())?;
            if let Some(unknown) = flags.keys().next() {
                return Err(format!("unknown flag --{unknown}"));
            }
            crate::casework::revoke_certificate(db, &typed, now).await?;
            Ok(format!("certificate {typed} revoked"))
        }
        _ => Err(USAGE.to_string()),
    }
}
