import type { Metadata } from "next";
import Link from "next/link";
import { ENGINES, ENGINE_SLUGS, presetHref, presetsFor } from "@/lib/engines/compare";
import { PRESETS } from "@/lib/engines/simulation";

export const metadata: Metadata = { title: "Simulate" };

export default function SimulatePage() {
  return (
    <>
      <h1>Deployment simulators</h1>
      <p className="lead">
        Elastic Beanstalk, CodeDeploy and ECS deployments played out instance by instance, with AWS&apos;s own event
        messages. Change the settings, inject a failure, and share the link: the URL holds the whole run.
      </p>
      <p>
        <Link className="button" href="/simulate/side-by-side">
          Play strategies side by side
        </Link>{" "}
        <Link className="button secondary" href="/compare">
          Compare strategies
        </Link>
      </p>
      <ul className="card-grid sim-engine-grid">
        {ENGINE_SLUGS.map((slug) => (
          <li key={slug} className="card">
            <h2>
              <Link href={`/simulate/${slug}`}>{ENGINES[slug].title}</Link>
            </h2>
            <p>{ENGINES[slug].summary}</p>
            <ul className="sim-preset-list" aria-label={`${ENGINES[slug].title} presets`}>
              {presetsFor(slug).map((id) => (
                <li key={id}>
                  <Link href={presetHref(id)}>{PRESETS[id].title}</Link>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}
