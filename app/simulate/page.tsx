import type { Metadata } from "next";
import { ComingNext } from "@/components/layout/coming-next";

export const metadata: Metadata = { title: "Simulate" };

export default function SimulatePage() {
  return (
    <ComingNext
      title="Deployment simulators"
      lead="Elastic Beanstalk, CodeDeploy and ECS deployment policies, played out instance by instance."
    >
      <p>The simulators are being built on a deterministic model of the fleet, load balancer and DNS.</p>
    </ComingNext>
  );
}
