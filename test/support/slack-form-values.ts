/** view_submission `state.values` entries, as Slack sends them for each element our modals use (action id "value"). */
type Values = Record<string, Record<string, Record<string, unknown>>>;

export const typed = (value: string | null) => ({ value: { type: "plain_text_input", value } });
export const picked = (value: string | null, text = value ?? "") => ({
  value: {
    type: "static_select",
    selected_option: value === null ? null : { value, text: { type: "plain_text", text } },
  },
});
export const dated = (date: string | null) => ({ value: { type: "datepicker", selected_date: date } });
export const many = (values: string[]) => ({
  value: { type: "multi_static_select", selected_options: values.map((value) => ({ value })) },
});
export const ticked = (values: string[]) => ({
  value: { type: "checkboxes", selected_options: values.map((value) => ({ value })) },
});
export const radio = (value: string | null) => ({
  value: { type: "radio_buttons", selected_option: value === null ? null : { value } },
});
export const external = (actionId: string, value: string, text: string) => ({
  [actionId]: { type: "external_select", selected_option: { value, text: { type: "plain_text", text } } },
});
export const number = (value: string) => ({ value: { type: "number_input", value } });

export function applicationValues(overrides: Values = {}): Values {
  return {
    organisationName: typed("Ville de Lyon"),
    organisationKind: radio("collectivite"),
    basis: radio("own_territory"),
    competenceScope: radio("precise"),
    competences: typed("Tri sélectif et valorisation des déchets ménagers"),
    themes: many(["waste"]),
    "experts.r0.name": typed("Marie Durand"),
    "experts.r0.function": typed("Directrice propreté"),
    "experts.r0.qualifications": typed("Ingénieure, 15 ans de gestion des déchets"),
    "experts.r0.category": picked("agent"),
    "experts.r0.email": typed("marie.durand@lyon.fr"),
    note: typed(null),
    commitmentAccepted: ticked(["accepted"]),
    ...overrides,
  };
}

export function missionValues(labelId: string, overrides: Values = {}): Values {
  return {
    labelId: external("mission_label_search", labelId, "Ville de Lyon · EXPE-CT-2026-0001"),
    countryCode: picked("SN"),
    foreignPartner: typed("Ville de Saint-Louis"),
    nature: picked("expertise_request"),
    natureDetail: typed(null),
    "legs.r0.kind": picked("outbound"),
    "legs.r0.startDate": dated("2026-04-06"),
    "legs.r0.endDate": dated("2026-04-10"),
    "legs.r0.peopleCount": picked("2"),
    "legs.r0.place": typed("Saint-Louis"),
    "missionaries.0.email": typed("marie.durand@lyon.fr"),
    "missionaries.0.name": typed("Marie Durand"),
    "missionaries.1.email": typed("jean.martin@lyon.fr"),
    "missionaries.1.name": typed(null),
    expectedResult: typed("Plan de collecte sélective pour deux quartiers"),
    followUp: typed(null),
    transportCostEuros: number("1850"),
    stayCostBearer: typed("Ville de Saint-Louis"),
    ...overrides,
  };
}

export function reportValues(overrides: Values = {}): Values {
  return {
    objectAccount: typed("Diagnostic de la collecte et atelier avec les services municipaux de Saint-Louis."),
    complementaryAction: radio("yes"),
    complementaryDetail: typed("Accueil de deux techniciens à Lyon en 2027."),
    longTermCooperation: radio("yes"),
    cooperationDetail: typed(null),
    ...overrides,
  };
}
