// The baseline for `npm run bench`: the smallest Next.js App Router page.
export const metadata = { title: "Bare" };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
