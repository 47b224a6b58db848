//! Services listed under their departments.

use crate::components::service_badges::ServiceBadges;
use crate::domain::catalogue::DepartmentServices;
use crate::preferences::use_language;
use leptos::prelude::*;

/// Each department as a section with its heading and its services as links.
#[component]
pub fn ServiceList(
    /// Departments with their services, in the order to show.
    groups: Vec<DepartmentServices>,
) -> impl IntoView {
    let language = use_language();
    groups
        .into_iter()
        .map(|group| {
            let heading_id = format!("department-{}", group.department.id);
            let labelled_by = heading_id.clone();
            let department = group.department.name.clone();
            let services = group
                .services
                .into_iter()
                .map(|service| {
                    let href = format!("/services/{}", service.id);
                    let name = service.name.clone();
                    view! {
                        <li class="app-service-list__item">
                            <a class="app-service-list__link" href=href>
                                {move || name.get(language.get()).to_string()}
                            </a>
                            <ServiceBadges samadhan_ek_din=service.samadhan_ek_din channel=service.channel />
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="app-service-list" aria-labelledby=labelled_by>
                    <h2 class="app-service-list__department" id=heading_id>
                        {move || department.get(language.get()).to_string()}
                    </h2>
                    <ul class="app-service-list__items">{services}</ul>
                </section>
            }
        })
        .collect_view()
}
