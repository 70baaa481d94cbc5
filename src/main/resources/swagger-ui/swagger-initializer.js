// Swagger UI shows the contract this service serves (web/ApiDescription); the path is relative, so a
// context path is kept.
window.onload = () => {
  window.ui = SwaggerUIBundle({
    url: "../v3/api-docs.yaml",
    dom_id: "#swagger-ui",
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    layout: "StandaloneLayout",
  });
};
