/**
 * Abbreviations whose dot must not end a sentence. Grouped by what decides a merge:
 * some always precede a name, some precede a number, some depend on the next word.
 */

/** Abbreviations that always precede a name: "Maj. Gen. Alexus Grynkewich", "Mr. Smith". Case-sensitive, with dot. */
export const TITLE_ABBREVIATIONS: readonly string[] = [
  'Mr.', 'Mrs.', 'Ms.', 'Mx.', 'Dr.', 'Prof.', 'Rev.', 'Fr.', 'Sr.', 'St.', 'Hon.', 'Gen.', 'Lt.',
  'Maj.', 'Col.', 'Capt.', 'Cmdr.', 'Cdr.', 'Adm.', 'Sgt.', 'Cpl.', 'Pvt.', 'Brig.', 'Gov.', 'Sen.',
  'Rep.', 'Pres.', 'Amb.', 'Supt.', 'Insp.', 'Det.', 'Atty.', 'Mt.', 'Ft.', 'Messrs.',
];

/** Abbreviations followed by a number: "No. 2", "Jan. 5", "Vol. 3". Case-sensitive, with dot. */
export const NUMERIC_ABBREVIATIONS: readonly string[] = [
  'No.', 'Nos.', 'no.', 'Vol.', 'vol.', 'Art.', 'art.', 'Fig.', 'fig.', 'p.', 'pp.', 'ch.', 'Ch.',
  'Sec.', 'sec.', 'Para.', 'para.', 'Ref.', 'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.',
  'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.', 'approx.', 'ca.', 'c.', 'est.', 'op.', 'Op.',
];

/**
 * Dotted initialisms ("U.S.", "U.N."): they end a sentence only when the next word is a
 * capitalised function word ("... in the U.S. The next day ...").
 */
export const INITIALISMS: readonly string[] = [
  'U.S.', 'U.K.', 'U.N.', 'E.U.', 'U.S.A.', 'D.C.', 'U.A.E.', 'N.Y.', 'L.A.', 'S.F.', 'B.C.',
  'A.D.', 'Ph.D.', 'M.D.', 'B.A.', 'M.A.', 'a.m.', 'p.m.', 'A.M.', 'P.M.',
];

/** Abbreviations that end a sentence unless the next word starts in lower case or with a digit. */
export const SOFT_ABBREVIATIONS: readonly string[] = [
  'e.g.', 'i.e.', 'etc.', 'vs.', 'v.', 'cf.', 'al.', 'Inc.', 'Corp.', 'Ltd.', 'Co.', 'Jr.', 'Bros.',
  'Dept.', 'Univ.', 'Assn.', 'Ave.', 'Blvd.', 'Rd.', 'Govt.', 'govt.', 'min.', 'max.', 'avg.',
];
