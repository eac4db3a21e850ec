// The web app manifest (/manifest.webmanifest): installable on Android, in
// Indonesian (the app's first language; a manifest has one). Icons are drawn by
// scripts/draw-icons.mjs. docs/decisions/0031-service-worker.md.
import type { MetadataRoute } from "next";
import common from "@/messages/id/common.json";

export default function manifest(): MetadataRoute.Manifest {
  return {
    name: common.appName,
    short_name: "Pekka",
    description: common.tagline,
    lang: "id",
    dir: "ltr",
    id: "/",
    start_url: "/",
    scope: "/",
    display: "standalone",
    orientation: "portrait",
    // The header's teal (teal-800) for the status bar; the splash screen in the buttons' teal-700 behind the white mark.
    theme_color: "#115e59",
    background_color: "#0f766e",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
