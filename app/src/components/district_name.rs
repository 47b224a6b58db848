//! A district's name in the reader's language, looked up in the places a service's form offers;
//! its id while the list loads or if it is not there.

use crate::api::apply::get_form;
use crate::preferences::use_language;
use leptos::prelude::*;

/// The district's name.
#[component]
pub fn DistrictName(
    /// The service whose form lists the districts.
    service_id: String,
    /// The district's id.
    district_id: String,
) -> impl IntoView {
    let language = use_language();
    let service = StoredValue::new(service_id);
    let form = LocalResource::new(move || get_form(service.get_value()));
    move || {
        let name = form.get().and_then(|result| {
            result.ok().flatten().and_then(|form| {
                form.districts
                    .into_iter()
                    .find(|d| d.id == district_id)
                    .map(|d| d.name.get(language.get()).to_string())
            })
        });
        name.unwrap_or_else(|| district_id.clone())
    }
}
