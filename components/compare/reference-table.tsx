/**
 * AWS's published Elastic Beanstalk deployment-methods comparison, restated in our own words for
 * reference beside the generated table. Source: "Deploying applications to Elastic Beanstalk
 * environments" (docs.aws.amazon.com/elasticbeanstalk/latest/dg/using-features.deploy-existing-version.html).
 */
const SOURCE = "https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/using-features.deploy-existing-version.html";

interface ReferenceRow {
  method: string;
  failedImpact: string;
  time: string;
  zeroDowntime: "Yes" | "No";
  dnsChange: "Yes" | "No";
  rollback: string;
  codeTo: string;
}

const ROWS: ReferenceRow[] = [
  {
    method: "All at once",
    failedImpact: "An outage",
    time: "Fastest (1 of 4)",
    zeroDowntime: "No",
    dnsChange: "No",
    rollback: "Deploy the old version again by hand",
    codeTo: "Existing instances",
  },
  {
    method: "Rolling",
    failedImpact: "One batch is out of service; batches that finished before the failure run the new version",
    time: "2 of 4",
    zeroDowntime: "Yes",
    dnsChange: "No",
    rollback: "Deploy the old version again by hand",
    codeTo: "Existing instances",
  },
  {
    method: "Rolling with additional batch",
    failedImpact: "Small if the first batch fails; otherwise as for rolling",
    time: "3 of 4",
    zeroDowntime: "Yes",
    dnsChange: "No",
    rollback: "Deploy the old version again by hand",
    codeTo: "New and existing instances",
  },
  {
    method: "Immutable",
    failedImpact: "Small",
    time: "Slowest (4 of 4)",
    zeroDowntime: "Yes",
    dnsChange: "No",
    rollback: "Terminate the new instances",
    codeTo: "New instances",
  },
  {
    method: "Traffic splitting",
    failedImpact: "Only the share of clients sent to the new version is affected, for a while",
    time: "Slowest (4 of 4), plus the evaluation time",
    zeroDowntime: "Yes",
    dnsChange: "No",
    rollback: "Send traffic back and terminate the new instances",
    codeTo: "New instances",
  },
  {
    method: "Blue/green",
    failedImpact: "Small",
    time: "Slowest (4 of 4)",
    zeroDowntime: "Yes",
    dnsChange: "Yes",
    rollback: "Swap the environment URLs back",
    codeTo: "New instances",
  },
];

/** AWS's own comparison, for reference beside the generated one. */
export function ReferenceTable() {
  return (
    <section className="cmp-section" aria-labelledby="aws-reference-heading">
      <h2 id="aws-reference-heading">What AWS publishes</h2>
      <p>
        For reference, AWS&apos;s comparison of Elastic Beanstalk deployment methods, in our words (the{" "}
        <a href={SOURCE}>original table</a> ranks deployment time with one to four stars). The table above should agree
        with it; where it adds numbers, they come from the simulator&apos;s stylised timing.
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="AWS reference table">
        <table className="cmp-table">
          <thead>
            <tr>
              <th scope="col">Method</th>
              <th scope="col">Impact of a failed deployment</th>
              <th scope="col">Deployment time</th>
              <th scope="col">Zero downtime</th>
              <th scope="col">DNS change</th>
              <th scope="col">Rollback</th>
              <th scope="col">Code deployed to</th>
            </tr>
          </thead>
          <tbody>
            {ROWS.map((row) => (
              <tr key={row.method}>
                <th scope="row">{row.method}</th>
                <td>{row.failedImpact}</td>
                <td>{row.time}</td>
                <td>{row.zeroDowntime}</td>
                <td>{row.dnsChange}</td>
                <td>{row.rollback}</td>
                <td>{row.codeTo}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="cmp-footnote">
        Single-instance environments support only all at once and immutable; the other policies need a load balancer.
        Blue/green is not a deployment policy: you clone the environment, deploy to the clone and swap the URLs.
      </p>
    </section>
  );
}
