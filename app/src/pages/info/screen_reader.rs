//! `/screen-reader`: screen reader access (GIGW): common screen readers and where to get them,
//! Hindi voices, and how the portal's pages are built for screen readers.

use crate::components::page_heading::PageHeading;
use crate::components::page_title::use_page_title;
use crate::i18n::*;
use leptos::prelude::*;

/// The screen reader access page.
#[component]
pub fn ScreenReaderPage() -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(move || t_string!(i18n, pages.screen_reader.title).to_string());
    view! {
        <PageHeading>{tr!(i18n, pages.screen_reader.title)}</PageHeading>
        <p class="app-lead">{tr!(i18n, pages.screen_reader.intro)}</p>

        <ScreenReaderTable />
        <p>{tr!(i18n, pages.screen_reader.platforms)}</p>

        <h2 class="app-section-heading">{tr!(i18n, pages.screen_reader.hindi_title)}</h2>
        <p>{tr!(i18n, pages.screen_reader.hindi_intro)}</p>
        <ul class="app-list">
            <li>{tr!(i18n, pages.screen_reader.hindi_nvda)}</li>
            <li>{tr!(i18n, pages.screen_reader.hindi_android)}</li>
            <li>{tr!(i18n, pages.screen_reader.hindi_apple)}</li>
        </ul>

        <h2 class="app-section-heading">{tr!(i18n, pages.screen_reader.structure_title)}</h2>
        <p>{tr!(i18n, pages.screen_reader.structure_intro)}</p>
        <ul class="app-list">
            <li>{tr!(i18n, pages.screen_reader.structure_headings)}</li>
            <li>{tr!(i18n, pages.screen_reader.structure_landmarks)}</li>
            <li>{tr!(i18n, pages.screen_reader.structure_skip)}</li>
            <li>{tr!(i18n, pages.screen_reader.structure_language)}</li>
            <li>{tr!(i18n, pages.screen_reader.structure_focus)}</li>
            <li>{tr!(i18n, pages.screen_reader.structure_tables)}</li>
        </ul>

        <section class="app-panel" aria-labelledby="screen-reader-problem">
            <h2 class="app-panel__title" id="screen-reader-problem">
                {tr!(i18n, pages.screen_reader.problem_title)}
            </h2>
            <p>{tr!(i18n, pages.screen_reader.problem_body)}</p>
            <ul class="app-list">
                <li>
                    <a class="app-link" href="tel:181">
                        {tr!(i18n, pages.screen_reader.problem_call)}
                    </a>
                </li>
                <li>
                    <a class="app-link" href="/accessibility">
                        {tr!(i18n, pages.screen_reader.problem_more)}
                    </a>
                </li>
            </ul>
        </section>
    }
}

/// The table of screen readers: name (a row header), where to get it, and whether it is free.
/// Website addresses are English text, marked as such for Hindi voices.
#[component]
fn ScreenReaderTable() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="app-table-wrap">
            <table class="app-table">
                <caption>{tr!(i18n, pages.screen_reader.table_caption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr!(i18n, pages.screen_reader.col_name)}</th>
                        <th scope="col">{tr!(i18n, pages.screen_reader.col_website)}</th>
                        <th scope="col">{tr!(i18n, pages.screen_reader.col_cost)}</th>
                    </tr>
                </thead>
                <tbody>
                    <tr>
                        <th scope="row">"NVDA"</th>
                        <td>
                            <a
                                class="app-link"
                                href="https://www.nvaccess.org/"
                                rel="noopener"
                                lang="en"
                            >
                                "nvaccess.org"
                            </a>
                        </td>
                        <td>{tr!(i18n, pages.screen_reader.free)}</td>
                    </tr>
                    <tr>
                        <th scope="row">"JAWS"</th>
                        <td>
                            <a
                                class="app-link"
                                href="https://www.freedomscientific.com/"
                                rel="noopener"
                                lang="en"
                            >
                                "freedomscientific.com"
                            </a>
                        </td>
                        <td>{tr!(i18n, pages.screen_reader.commercial)}</td>
                    </tr>
                    <tr>
                        <th scope="row">"TalkBack"</th>
                        <td>{tr!(i18n, pages.screen_reader.builtin_android)}</td>
                        <td>{tr!(i18n, pages.screen_reader.free)}</td>
                    </tr>
                    <tr>
                        <th scope="row">"VoiceOver"</th>
                        <td>{tr!(i18n, pages.screen_reader.builtin_apple)}</td>
                        <td>{tr!(i18n, pages.screen_reader.free)}</td>
                    </tr>
                    <tr>
                        <th scope="row">"Orca"</th>
                        <td>{tr!(i18n, pages.screen_reader.builtin_linux)}</td>
                        <td>{tr!(i18n, pages.screen_reader.free)}</td>
                    </tr>
                </tbody>
            </table>
        </div>
    }
}
