# ImgPortal web app. Build from the repository root (the build needs the central props files and all
# three src projects):
#   docker build -t imgportal .
# docker-compose.yml uses this file; see README.md and docs/operations.md.

# ---- build -------------------------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src

# Restore first, from the project files and the central package props only, so this layer is reused
# until a package or project reference changes.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/ImgPortal.Core/ImgPortal.Core.csproj src/ImgPortal.Core/
COPY src/ImgPortal.Infrastructure/ImgPortal.Infrastructure.csproj src/ImgPortal.Infrastructure/
COPY src/ImgPortal.Web/ImgPortal.Web.csproj src/ImgPortal.Web/
RUN dotnet restore src/ImgPortal.Web/ImgPortal.Web.csproj

COPY .editorconfig ./
COPY src/ src/
RUN dotnet publish src/ImgPortal.Web/ImgPortal.Web.csproj \
        --configuration Release --no-restore --output /app/publish -p:UseAppHost=false

# ---- runtime -----------------------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
WORKDIR /app

# The app writes to two places under /app (the content root and working directory): App_Data/
# (data-protection keys, e-mail pickup folder, a SQLite file if used) and logs/ (Serilog's rolling file).
# Create them owned by the non-root user so that named volumes mounted there start out writable.
RUN mkdir -p /app/App_Data /app/logs \
    && chown -R "$APP_UID" /app/App_Data /app/logs

COPY --from=build /app/publish .

# The aspnet image's built-in non-root user ("app").
USER $APP_UID

ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080

# No HEALTHCHECK here: the image has no curl or wget. Probe /health/live (process up) and /health
# (database reachable, 503 if not) from the orchestrator or the reverse proxy instead.
ENTRYPOINT ["dotnet", "ImgPortal.Web.dll"]
