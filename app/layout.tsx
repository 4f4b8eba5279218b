import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header";
import { THEME_BOOT_SCRIPT } from "@/components/layout/theme";
import { getAccountStatus } from "./account/actions";
import { getDueCount } from "./practice/actions";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Rollout — AWS Developer Associate prep", template: "%s · Rollout" },
  description:
    "Study notes, scenario questions, timed DVA-C02 practice exams and deployment simulators for the AWS Certified Developer – Associate exam.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfbfd" },
    { media: "(prefers-color-scheme: dark)", color: "#0f1217" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_BOOT_SCRIPT }} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader loadDueCount={getDueCount} loadAccountStatus={getAccountStatus} />
        <main id="main" tabIndex={-1} className="page">
          {children}
        </main>
      </body>
    </html>
  );
}
