//! `/officer?service=&status=`: the signed-in officer's inbox, soonest due first, filtered by
//! service and status (kept in the address so Back and a shared link work).

use crate::api::ApiError;
use crate::api::case_types::OfficerProfile;
use crate::api::officer::{officer_inbox, officer_me, sign_out};
use crate::catalogue_state::use_catalogue;
use crate::components::first_html_loading::{FirstHtmlLoading, ON_SERVER};
use crate::components::page_heading::PageHeading;
use crate::components::page_title::use_page_title;
use crate::components::status::Loaded;
use crate::components::status_words::{role_text, status_text};
use crate::domain::browse::encode_component;
use crate::domain::status::Status;
use crate::i18n::*;
use crate::pages::officer::inbox_table::{InboxTable, service_name};
use crate::pages::officer::needs_sign_in::NeedsSignIn;
use crate::preferences::use_language;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_query_map};

/// The inbox page, or the way to sign in.
#[component]
pub fn OfficerInboxPage() -> impl IntoView {
    if ON_SERVER {
        let i18n = use_i18n();
        return view! { <FirstHtmlLoading heading=tr!(i18n, officer.inbox.title) /> }.into_any();
    }
    let me = LocalResource::new(officer_me);
    view! {
        <Loaded
            data=me
            show=move |result| match result {
                Ok(Some(profile)) => Some(view! { <Desk profile /> }.into_any()),
                Ok(None) | Err(ApiError::NotSignedIn) => {
                    Some({ view! { <NeedsSignIn /> }.into_any() })
                }
                Err(_) => None,
            }
        />
    }
    .into_any()
}

/// The signed-in officer's desk.
#[component]
fn Desk(profile: OfficerProfile) -> impl IntoView {
    let i18n = use_i18n();
    let language = use_language();
    let catalogue = use_catalogue();
    let navigate = use_navigate();
    let query = use_query_map();
    use_page_title(move || t_string!(i18n, officer.inbox.title).to_string());
    let filters = Memo::new(move |_| {
        let read = |name: &str| query.read().get(name).filter(|v| !v.is_empty());
        (read("service"), read("status"), read("q"))
    });
    let page = Memo::new(move |_| {
        query
            .read()
            .get("page")
            .and_then(|p| p.parse::<usize>().ok())
            .unwrap_or(1)
    });
    let inbox = LocalResource::new(move || {
        let (service, status, search) = filters.get();
        officer_inbox(service, status, search, Some(page.get()))
    });
    let service = RwSignal::new(filters.get_untracked().0.unwrap_or_default());
    let status = RwSignal::new(filters.get_untracked().1.unwrap_or_default());
    let search = RwSignal::new(filters.get_untracked().2.unwrap_or_default());
    // Back and Forward change the address: the choices follow it.
    Effect::new(move |_| {
        let (chosen_service, chosen_status, searched) = filters.get();
        service.set(chosen_service.unwrap_or_default());
        status.set(chosen_status.unwrap_or_default());
        search.set(searched.unwrap_or_default());
    });
    // The address of another page of the same list.
    let page_href = move |to: usize| {
        let (service, status, search) = filters.get();
        let mut parts = Vec::new();
        for (name, value) in [("service", service), ("status", status), ("q", search)] {
            if let Some(value) = value {
                parts.push(format!("{name}={}", encode_component(&value)));
            }
        }
        parts.push(format!("page={to}"));
        format!("/officer?{}", parts.join("&"))
    };
    let apply = {
        let navigate = navigate.clone();
        move || {
            let mut parts = Vec::new();
            for (name, value) in [
                ("service", service.get_untracked()),
                ("status", status.get_untracked()),
                ("q", search.get_untracked().trim().to_string()),
            ] {
                if !value.is_empty() {
                    parts.push(format!("{name}={}", encode_component(&value)));
                }
            }
            let query = if parts.is_empty() {
                String::new()
            } else {
                format!("?{}", parts.join("&"))
            };
            navigate(&format!("/officer{query}"), Default::default());
        }
    };
    let leave = move |_| {
        let navigate = navigate.clone();
        spawn_local(async move {
            // Even if the server could not be told, the officer asked to leave: show sign-in.
            let _ = sign_out().await;
            navigate("/officer/sign-in", Default::default());
        });
    };
    let count = move || {
        inbox.get().and_then(|r| r.ok()).map(|inbox| {
            let counts = inbox.counts;
            format!(
                "{} {}",
                t_string!(
                    i18n,
                    officer.inbox.count_page,
                    total = inbox.total,
                    page = inbox.page,
                    pages = inbox.pages
                ),
                t_string!(
                    i18n,
                    officer.inbox.by_urgency,
                    overdue = counts.overdue,
                    soon = counts.due_soon,
                    on_time = counts.on_time,
                    waiting = counts.waiting,
                    done = counts.done
                )
            )
        })
    };
    let OfficerProfile {
        name,
        designation,
        role,
        services,
        ..
    } = profile;
    // The post, and the role only where the post does not already say it ("केंद्र संचालक,
    // कोलार" is a centre operator's whole description).
    let who = move || {
        let post = designation.get(language.get()).to_string();
        let role_words = role_text(i18n, role);
        if post.to_lowercase().contains(&role_words.to_lowercase()) {
            format!("{name}, {post}")
        } else {
            format!("{name}, {post} · {role_words}")
        }
    };
    let at_centre = role == crate::domain::officer::Role::CentreOperator;
    let service_options = services
        .into_iter()
        .map(|id| {
            let label = id.clone();
            view! {
                <option value=id.clone() selected=move || service.get() == id>
                    {move || service_name(catalogue, &label, language.get())}
                </option>
            }
        })
        .collect_view();
    let status_options = Status::ALL
        .into_iter()
        .map(|s| {
            view! {
                <option value=s.as_str() selected=move || status.get() == s.as_str()>
                    {move || status_text(i18n, s)}
                </option>
            }
        })
        .collect_view();
    view! {
        <PageHeading>{tr!(i18n, officer.inbox.title)}</PageHeading>
        <div class="app-officer-bar">
            <p class="app-officer-bar__who">
                {tr!(i18n, officer.inbox.signed_in_as)} " " <strong>{who}</strong>
            </p>
            <button
                type="button"
                class="app-button app-button--secondary"
                id="sign-out"
                on:click=leave
            >
                {tr!(i18n, officer.inbox.sign_out)}
            </button>
        </div>
        {at_centre
            .then(|| {
                view! {
                    <p class="app-actions">
                        <a class="app-button" id="new-for-citizen" href="/services">
                            {tr!(i18n, officer.inbox.new_for_citizen)}
                        </a>
                    </p>
                }
            })}
        <form
            class="app-inbox-filters"
            role="search"
            aria-labelledby="inbox-filters"
            on:submit=move |ev| {
                ev.prevent_default();
                apply();
            }
        >
            <h2 class="app-inbox-filters__title" id="inbox-filters">
                {tr!(i18n, officer.inbox.filters)}
            </h2>
            <FilterSelect name="service" label=tr!(i18n, officer.inbox.service) value=service>
                {service_options}
            </FilterSelect>
            <FilterSelect name="status" label=tr!(i18n, officer.inbox.status) value=status>
                {status_options}
            </FilterSelect>
            <div class="app-inbox-filters__field">
                <label class="app-field__label" for="f-search">
                    {tr!(i18n, officer.inbox.search)}
                </label>
                <p class="app-field__hint" id="f-search-hint">
                    {tr!(i18n, officer.inbox.search_hint)}
                </p>
                <input
                    class="app-input"
                    type="search"
                    id="f-search"
                    name="q"
                    aria-describedby="f-search-hint"
                    prop:value=search
                    on:input=move |ev| search.set(event_target_value(&ev))
                />
            </div>
            <button type="submit" class="app-button" id="filter-apply">
                {tr!(i18n, officer.inbox.apply)}
            </button>
        </form>
        <p class="app-count" role="status">
            {count}
        </p>
        <Loaded
            data=inbox
            show=move |result| match result {
                Ok(inbox) if inbox.items.is_empty() => {
                    Some({ view! { <p>{tr!(i18n, officer.inbox.empty)}</p> }.into_any() })
                }
                Ok(inbox) => {
                    Some({
                        let (page, pages, capped) = (inbox.page, inbox.pages, inbox.capped);
                        view! {
                            {capped
                                .then(|| {
                                    view! {
                                        <p class="app-notice" id="inbox-capped">
                                            {tr!(i18n, officer.inbox.capped)}
                                        </p>
                                    }
                                })}
                            <InboxTable items=inbox.items catalogue at_centre />
                            <Pager
                                page
                                pages
                                previous=page_href(page.saturating_sub(1))
                                next=page_href(page + 1)
                            />
                        }
                            .into_any()
                    })
                }
                Err(ApiError::NotSignedIn) => {
                    Some({
                        view! {
                            <p>
                                <a class="app-link" href="/officer/sign-in">
                                    {tr!(i18n, officer.needs_sign_in.link)}
                                </a>
                            </p>
                        }
                            .into_any()
                    })
                }
                Err(_) => None,
            }
        />
    }
}

/// One of the filters' lists: "all", then `children`'s options.
#[component]
fn FilterSelect(
    /// The filter's name; the list's id is `f-{name}`.
    name: &'static str,
    /// Its label.
    label: Signal<&'static str>,
    /// The value chosen; empty for all.
    value: RwSignal<String>,
    /// The options.
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = format!("f-{name}");
    view! {
        <div class="app-inbox-filters__field">
            <label class="app-field__label" for=id.clone()>
                {label}
            </label>
            <select
                class="app-select"
                id=id
                name=name
                on:change=move |ev| value.set(event_target_value(&ev))
            >
                <option value="" selected=move || value.get().is_empty()>
                    {tr!(i18n, officer.inbox.all)}
                </option>
                {children()}
            </select>
        </div>
    }
}

/// The links to the previous and next pages of the list, and where the reader is; nothing when
/// the list fits on one page.
#[component]
fn Pager(
    /// The page shown, from 1.
    page: usize,
    /// How many pages there are.
    pages: usize,
    /// The previous page's address.
    previous: String,
    /// The next page's address.
    next: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let link =
        move |id: &'static str, rel: &'static str, href: String, text: Signal<&'static str>| {
            view! {
                <a class="app-link app-pager__link" id=id rel=rel href=href>
                    {text}
                </a>
            }
        };
    (pages > 1).then(|| {
        view! {
            <nav class="app-pager" aria-label=move || t_string!(i18n, officer.inbox.pages_label)>
                {(page > 1)
                    .then(|| link(
                        "inbox-previous",
                        "prev",
                        previous,
                        tr!(i18n, officer.inbox.previous),
                    ))}
                <span class="app-pager__where">
                    {move || t_string!(i18n, officer.inbox.page_of, page, pages).to_string()}
                </span>
                {(page < pages)
                    .then(|| link("inbox-next", "next", next, tr!(i18n, officer.inbox.next)))}
            </nav>
        }
    })
}
