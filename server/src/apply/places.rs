//! The districts and tehsils that place questions choose from.

use app::domain::answers::Places;
use app::domain::catalogue::District;
use app::domain::form::{Choice, FieldKind, FormDefinition};
use app::domain::language::BilingualText;
use std::collections::BTreeMap;

/// The state's districts and the tehsils known for them.
#[derive(Clone, Debug, Default)]
pub struct PlaceBook {
    /// Districts, in order.
    pub districts: Vec<District>,
    /// Tehsils by district id.
    pub tehsils: BTreeMap<String, Vec<Choice>>,
}

impl PlaceBook {
    /// The tehsil lists a form needs: all of them when it asks for a tehsil, none otherwise.
    pub fn tehsils_for(&self, form: &FormDefinition) -> BTreeMap<String, Vec<Choice>> {
        if form.fields().any(|f| f.kind == FieldKind::Tehsil) {
            self.tehsils.clone()
        } else {
            BTreeMap::new()
        }
    }
}

impl Places for PlaceBook {
    fn is_district(&self, id: &str) -> bool {
        self.districts.iter().any(|d| d.id == id)
    }

    fn tehsils(&self, district: &str) -> Option<&[Choice]> {
        self.tehsils.get(district).map(Vec::as_slice)
    }

    fn district_name(&self, id: &str) -> Option<&BilingualText> {
        self.districts.iter().find(|d| d.id == id).map(|d| &d.name)
    }

    fn all_tehsils(&self) -> Box<dyn Iterator<Item = &[Choice]> + '_> {
        Box::new(self.tehsils.values().map(Vec::as_slice))
    }
}
