// The queries typed into each engine, one character at a time: words the corpus's news uses, with the spelling
// variants Arabic readers type (hamza or none, ta marbuta written as ha).

export const queries = [
  "سوريا",
  "الرياض",
  "كرة القدم",
  "النفط",
  "مجلس الأمن",
  "الحوثيين",
  "ولي العهد",
  "أمريكا",
  "امريكا",
  "مكة",
  "مكه",
  "الإمارات",
  "الامارات",
  "الأمم المتحدة",
  "كأس العالم",
  "ترامب",
];
