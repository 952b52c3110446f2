export const en = {
  app: {
    name: 'Neuland',
    tagline: 'Meet the people you already know online.',
    skipToContent: 'Skip to content',
  },
  nav: { home: 'Home', logIn: 'Log in', signUp: 'Sign up', logOut: 'Log out', language: 'Language' },
  form: {
    email: 'E-mail address',
    password: 'Password',
    passwordHint: 'At least 10 characters.',
    displayName: 'Your name',
    displayNameHint: 'As people know you online.',
    fixFields: 'Please check the marked fields.',
    failed: 'That did not work. Please try again.',
    sending: 'One moment…',
  },
  signUp: {
    title: 'Sign up',
    intro: 'Before a meetup, Neuland tells you whom in the room you already know online.',
    submit: 'Create my account',
    haveAccount: 'Already have an account?',
    emailTaken: 'An account with this e-mail address exists. Log in instead?',
  },
  logIn: {
    title: 'Log in',
    submit: 'Log in',
    noAccount: 'New to Neuland?',
    invalid: 'E-mail address or password is wrong.',
    tooMany: 'Too many attempts. Please wait a minute.',
  },
  home: {
    welcome: 'Hello, {{name}}!',
    upcomingTitle: 'Upcoming meetups',
    noMeetups: 'No meetups yet. When people you know plan one near you, it shows up here.',
    guestTitle: 'From online contacts to in-person meetups',
    guestText: 'Join a local meetup and learn beforehand who in the room you already follow online.',
    loading: 'Loading…',
    loadFailed: 'Neuland could not be reached. Check your connection and reload the page.',
  },
  notFound: {
    title: 'Page not found',
    text: 'There is nothing at this address. Perhaps the link was cut short, or the page moved.',
    home: 'Go to the home page',
  },
};

export type Messages = typeof en;
