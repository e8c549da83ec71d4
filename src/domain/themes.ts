/**
 * Expertise themes for the directory (objectives: find the right labelled expert fast, by theme and
 * country). Free keywords are searched too; these give applications and search a shared vocabulary.
 */
export const THEMES = {
  waste: { fr: "Déchets et tri sélectif", en: "Waste and recycling" },
  water: { fr: "Eau et assainissement", en: "Water and sanitation" },
  crisis: { fr: "Gestion de crise", en: "Crisis management" },
  sdg: { fr: "ODD et politiques publiques", en: "SDGs in public policy" },
  climate: { fr: "Climat et énergie", en: "Climate and energy" },
  mobility: { fr: "Mobilité et transports", en: "Mobility and transport" },
  urban: { fr: "Urbanisme et habitat", en: "Urban planning and housing" },
  governance: { fr: "Gouvernance locale et finances", en: "Local governance and finance" },
  culture: { fr: "Culture et patrimoine", en: "Culture and heritage" },
  economy: { fr: "Développement économique", en: "Economic development" },
  health: { fr: "Santé", en: "Health" },
  education: { fr: "Éducation et jeunesse", en: "Education and youth" },
  agriculture: { fr: "Agriculture et alimentation", en: "Agriculture and food" },
  social: { fr: "Cohésion sociale", en: "Social cohesion" },
  digital: { fr: "Numérique", en: "Digital" },
  tourism: { fr: "Tourisme", en: "Tourism" },
} as const;

export type Theme = keyof typeof THEMES;
/** An application names a few themes, so that the directory stays meaningful. */
export const MAX_THEMES_PER_APPLICATION = 6;
export const THEME_KEYS = Object.keys(THEMES) as Theme[];
