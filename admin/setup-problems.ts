/** Replaces the admin page with a plain list of what is missing from the production CMS setup. */
export function showSetupProblems(problems: string[]): void {
  const main = document.createElement('main');
  main.className = 'app-admin-problems';
  const heading = document.createElement('h1');
  heading.textContent = 'The CMS is not set up for this site yet';
  const intro = document.createElement('p');
  intro.textContent = 'Whoever builds the site must set these environment variables (see "CMS set-up for production" in the README), then rebuild:';
  const list = document.createElement('ul');
  for (const problem of problems) {
    const item = document.createElement('li');
    item.textContent = problem;
    list.append(item);
  }
  main.append(heading, intro, list);
  document.body.replaceChildren(main);
}
