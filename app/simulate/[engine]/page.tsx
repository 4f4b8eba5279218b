import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SimulatorLoader } from "@/components/simulator/simulator-loader";
import { ENGINES, ENGINE_SLUGS, isEngineSlug, presetHref, presetsFor } from "@/lib/engines/compare";
import { PRESETS } from "@/lib/engines/simulation";
import { recordRun } from "../actions";

interface EnginePageProps {
  params: Promise<{ engine: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return ENGINE_SLUGS.map((engine) => ({ engine }));
}

export async function generateMetadata({ params }: EnginePageProps): Promise<Metadata> {
  const { engine } = await params;
  return { title: isEngineSlug(engine) ? ENGINES[engine].title : "Simulator" };
}

export default async function EnginePage({ params }: EnginePageProps) {
  const { engine } = await params;
  if (!isEngineSlug(engine)) notFound();
  const info = ENGINES[engine];
  const presets = presetsFor(engine);
  return (
    <>
      <p className="sim-breadcrumb">
        <Link href="/simulate">Simulators</Link>
      </p>
      <h1>{info.title}</h1>
      <p className="lead">{info.summary}</p>
      {presets.length > 1 ? (
        <nav aria-label="Presets" className="sim-presets">
          <span>Presets:</span>
          <ul>
            {presets.map((id) => (
              <li key={id}>
                <Link href={presetHref(id)}>{PRESETS[id].title}</Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <SimulatorLoader slug={engine} recordRun={recordRun} />
    </>
  );
}
