// The texts of the room for hosts: the arrival view at the door, the room in aggregate, the name badges.
export const roomEn = {
  arrivals: {
    link: 'Arrivals',
    title: 'Who just arrived',
    lead: 'Who came in, and whom already here they know online: bring them together.',
    count_one: '{{count}} person is here',
    count_other: '{{count}} people are here',
    loading: 'Loading the arrivals…',
    loadFailed: 'The arrivals could not be loaded. The page keeps trying.',
    empty: 'Nobody has checked in yet. New arrivals appear here by themselves.',
    arrivedAt: 'arrived {{time}}',
    knows: 'Knows here:',
    knowsNobody: 'Knows nobody here yet',
    knowsNobodyHint: 'Say hello and introduce them to someone.',
    refreshing: 'Updates by itself every few seconds.',
    checkInLink: 'Check people in',
  },
  aggregate: {
    title: 'The room',
    tooSmall_one:
      '{{count}} person is going. From {{shownFrom}} people on you see how many know someone here: in a smaller room that would name people.',
    tooSmall_other:
      '{{count}} people are going. From {{shownFrom}} people on you see how many know someone here: in a smaller room that would name people.',
    knowsSomeone: '{{min}}–{{max}} of {{going}} know at least one other person going',
    knowsNobody: '{{min}}–{{max}} know nobody going yet',
    why: 'Shown in bands of five and never who knows whom, so that nobody’s contacts can be read from the numbers.',
    loadFailed: 'The room could not be loaded.',
  },
  badges: {
    title: 'Name badges',
    order: 'Order',
    alphabetical: 'Alphabetical',
    arrival: 'By arrival (checked in first)',
    download: 'Download badges (PDF)',
    hint: 'A4, eight per page: name, handle, photo and a QR code to the profile.',
  },
};

export const roomDe: typeof roomEn = {
  arrivals: {
    link: 'Ankünfte',
    title: 'Wer gerade ankommt',
    lead: 'Wer hereinkommt und wen von den Anwesenden sie online kennen: Bring sie zusammen.',
    count_one: '{{count}} Person ist da',
    count_other: '{{count}} Personen sind da',
    loading: 'Ankünfte werden geladen …',
    loadFailed: 'Die Ankünfte konnten nicht geladen werden. Die Seite versucht es weiter.',
    empty: 'Noch ist niemand eingecheckt. Neue Ankünfte erscheinen hier von selbst.',
    arrivedAt: 'angekommen {{time}}',
    knows: 'Kennt hier:',
    knowsNobody: 'Kennt hier noch niemanden',
    knowsNobodyHint: 'Begrüß sie und stell sie jemandem vor.',
    refreshing: 'Aktualisiert sich alle paar Sekunden von selbst.',
    checkInLink: 'Leute einchecken',
  },
  aggregate: {
    title: 'Der Raum',
    tooSmall_one:
      '{{count}} Person hat zugesagt. Ab {{shownFrom}} Personen siehst Du, wie viele hier jemanden kennen: In einem kleineren Raum würde das Menschen verraten.',
    tooSmall_other:
      '{{count}} Personen haben zugesagt. Ab {{shownFrom}} Personen siehst Du, wie viele hier jemanden kennen: In einem kleineren Raum würde das Menschen verraten.',
    knowsSomeone: '{{min}}–{{max}} von {{going}} kennen mindestens eine andere Person, die kommt',
    knowsNobody: '{{min}}–{{max}} kennen noch niemanden, der kommt',
    why: 'In Fünferschritten und nie, wer wen kennt, damit sich aus den Zahlen niemandes Kontakte ablesen lassen.',
    loadFailed: 'Der Raum konnte nicht geladen werden.',
  },
  badges: {
    title: 'Namensschilder',
    order: 'Reihenfolge',
    alphabetical: 'Alphabetisch',
    arrival: 'Nach Ankunft (Eingecheckte zuerst)',
    download: 'Namensschilder herunterladen (PDF)',
    hint: 'A4, acht pro Seite: Name, Handle, Foto und ein QR-Code zum Profil.',
  },
};
