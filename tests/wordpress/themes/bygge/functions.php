<?php
/**
 * Theme functions and definitions
 *
 * Bygge – Hello Elementor (2.6.x) med Elementor Pro Theme Builder.
 * Elementor/Elementor Pro finns inte på testbädden, så mallarna (header,
 * footer, single, arkiv, popup) skrivs ut av temats egen PHP med samma
 * markup som Elementor 3.8 / Elementor Pro 3.8 skriver ut.
 *
 * @package HelloElementor
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit; // Exit if accessed directly.
}

define( 'HELLO_ELEMENTOR_VERSION', '2.6.1' );
define( 'BYGGE_ELEMENTOR_VERSION', '3.8.1' );
define( 'BYGGE_ELEMENTOR_PRO_VERSION', '3.8.2' );

/*
 * Elementor Theme Builder-mallar (elementor_library-ID:n på den riktiga sajten).
 */
define( 'BYGGE_KIT_ID', 7 );
define( 'BYGGE_TPL_HEADER', 12 );
define( 'BYGGE_TPL_FOOTER', 37 );
define( 'BYGGE_TPL_SINGLE', 245 );
define( 'BYGGE_TPL_ARCHIVE', 251 );
define( 'BYGGE_TPL_POPUP_COOKIES', 880 );

if ( ! isset( $content_width ) ) {
	$content_width = 800; // Pixels.
}

if ( ! function_exists( 'hello_elementor_setup' ) ) {
	/**
	 * Set up theme support.
	 *
	 * @return void
	 */
	function hello_elementor_setup() {
		if ( is_admin() ) {
			hello_maybe_update_theme_version_in_db();
		}

		if ( apply_filters( 'hello_elementor_register_menus', true ) ) {
			register_nav_menus( [ 'menu-1' => 'Header' ] );
			register_nav_menus( [ 'menu-2' => 'Footer' ] );
		}

		if ( apply_filters( 'hello_elementor_add_theme_support', true ) ) {
			add_theme_support( 'post-thumbnails' );
			add_theme_support( 'automatic-feed-links' );
			add_theme_support( 'title-tag' );
			add_theme_support(
				'html5',
				[
					'search-form',
					'comment-form',
					'comment-list',
					'gallery',
					'caption',
					'script',
					'style',
				]
			);
			add_theme_support(
				'custom-logo',
				[
					'height'      => 100,
					'width'       => 350,
					'flex-height' => true,
					'flex-width'  => true,
				]
			);

			/*
			 * Editor Style.
			 */
			add_editor_style( 'classic-editor.css' );

			/*
			 * Gutenberg wide images.
			 */
			add_theme_support( 'align-wide' );
		}
	}
}
add_action( 'after_setup_theme', 'hello_elementor_setup' );

/**
 * Hello Elementor sparar temaversionen i databasen.
 *
 * @return void
 */
function hello_maybe_update_theme_version_in_db() {
	$theme_version_option_name = 'hello_theme_version';
	// The theme version saved in the database.
	$hello_theme_db_version = get_option( $theme_version_option_name );

	// If the 'hello_theme_version' option does not exist in the DB, or the version needs to be updated, do the update.
	if ( ! $hello_theme_db_version || version_compare( $hello_theme_db_version, HELLO_ELEMENTOR_VERSION, '<' ) ) {
		update_option( $theme_version_option_name, HELLO_ELEMENTOR_VERSION );
	}
}

if ( ! function_exists( 'hello_elementor_scripts_styles' ) ) {
	/**
	 * Theme Scripts & Styles + de stilmallar Elementor köar.
	 *
	 * @return void
	 */
	function hello_elementor_scripts_styles() {
		$min_suffix = '.min';
		$theme_uri  = get_template_directory_uri();

		if ( apply_filters( 'hello_elementor_enqueue_style', true ) ) {
			wp_enqueue_style( 'hello-elementor', $theme_uri . '/style.css', [], HELLO_ELEMENTOR_VERSION );
		}

		// Elementor.
		wp_enqueue_style( 'elementor-icons', $theme_uri . '/assets/css/frontend' . $min_suffix . '.css', [], '5.16.0' );
		wp_enqueue_style( 'elementor-frontend', $theme_uri . '/assets/css/frontend' . $min_suffix . '.css', [], BYGGE_ELEMENTOR_VERSION );
		wp_enqueue_style( 'elementor-post-' . BYGGE_KIT_ID, $theme_uri . '/assets/css/post-' . BYGGE_KIT_ID . '.css', [], '1668419845' );
		wp_enqueue_style( 'elementor-pro', $theme_uri . '/assets/css/frontend-pro' . $min_suffix . '.css', [], BYGGE_ELEMENTOR_PRO_VERSION );
		wp_enqueue_style( 'elementor-global', $theme_uri . '/assets/css/global.css', [], '1668419846' );
		wp_enqueue_style( 'elementor-post-' . BYGGE_TPL_HEADER, $theme_uri . '/assets/css/post-' . BYGGE_TPL_HEADER . '.css', [], '1668419846' );
		wp_enqueue_style( 'elementor-post-' . BYGGE_TPL_FOOTER, $theme_uri . '/assets/css/post-' . BYGGE_TPL_FOOTER . '.css', [], '1668419846' );
		if ( is_singular( 'post' ) ) {
			wp_enqueue_style( 'elementor-post-' . BYGGE_TPL_SINGLE, $theme_uri . '/assets/css/post-' . BYGGE_TPL_SINGLE . '.css', [], '1668420112' );
		} elseif ( bygge_uses_archive_template() ) {
			wp_enqueue_style( 'elementor-post-' . BYGGE_TPL_ARCHIVE, $theme_uri . '/assets/css/post-' . BYGGE_TPL_ARCHIVE . '.css', [], '1668420187' );
		}
		wp_enqueue_style( 'elementor-post-' . BYGGE_TPL_POPUP_COOKIES, $theme_uri . '/assets/css/post-' . BYGGE_TPL_POPUP_COOKIES . '.css', [], '1668420301' );
		wp_enqueue_style( 'google-fonts-1', 'https://fonts.googleapis.com/css?family=Inter%3A100%2C400%2C500%2C600%2C700%7CLora%3A400%2C400italic%2C700&display=swap&ver=6.1.1', [], null ); // phpcs:ignore

		wp_enqueue_script( 'elementor-frontend', $theme_uri . '/assets/js/frontend' . $min_suffix . '.js', [], BYGGE_ELEMENTOR_VERSION, true );
		wp_add_inline_script( 'elementor-frontend', bygge_elementor_frontend_config(), 'before' );
	}
}
add_action( 'wp_enqueue_scripts', 'hello_elementor_scripts_styles' );

/**
 * Arkivmallen (Elementor Pro "Alla arkiv") gäller arkiv, bloggsidan och sök.
 *
 * @return bool
 */
function bygge_uses_archive_template() {
	return is_archive() || is_home() || is_search();
}

/**
 * Body-klasser som Elementor och Theme Builder lägger till.
 *
 * @param string[] $classes Klasser.
 * @return string[]
 */
function bygge_body_class( $classes ) {
	$classes[] = 'theme-hello-elementor';
	$classes[] = 'elementor-default';
	$classes[] = 'elementor-kit-' . BYGGE_KIT_ID;
	if ( is_singular( 'post' ) ) {
		$classes[] = 'elementor-page-' . BYGGE_TPL_SINGLE;
	} elseif ( bygge_uses_archive_template() ) {
		$classes[] = 'elementor-page-' . BYGGE_TPL_ARCHIVE;
	}
	return $classes;
}
add_filter( 'body_class', 'bygge_body_class' );

/**
 * Hello Elementor: visa header/footer.
 *
 * @return bool
 */
function hello_elementor_display_header_footer() {
	return (bool) apply_filters( 'hello_elementor_header_footer', true );
}

/**
 * Elementor Pro skriver själv ut `<title>` via title-tag; Yoast justerar avgränsaren.
 *
 * @return string
 */
function bygge_title_separator() {
	return '-';
}
add_filter( 'document_title_separator', 'bygge_title_separator' );

/**
 * Svenska reservsträngar för WordPress kärnsträngar som kommentarslistan,
 * lösenordsformuläret och kommentarsformuläret skriver ut – används bara
 * om sv_SE-språkfilerna saknas (temat har inga .mo-filer).
 *
 * @return array<string,string>
 */
function bygge_core_strings() {
	return [
		'says:'                                     => 'skriver:',
		'%1$s at %2$s'                              => '%1$s kl. %2$s',
		'Reply'                                     => 'Svara',
		'Reply to %s'                               => 'Svara till %s',
		'Edit'                                      => 'Redigera',
		'Your comment is awaiting moderation.'      => 'Din kommentar inväntar granskning.',
		'Protected: %s'                             => 'Skyddad: %s',
		'Private: %s'                               => 'Privat: %s',
		'This content is password protected. To view it please enter your password below:' => 'Detta innehåll är lösenordsskyddat. För att se det, ange ditt lösenord nedan:',
		'Password:'                                 => 'Lösenord:',
		'There is no excerpt because this is a protected post.' => 'Det finns inget utdrag eftersom detta är ett skyddat inlägg.',
		'Cancel reply'                              => 'Avbryt svar',
		'Leave a Reply'                             => 'Lämna ett svar',
		'Leave a Reply to %s'                       => 'Lämna ett svar till %s',
		'Post Comment'                              => 'Publicera kommentar',
		'Name'                                      => 'Namn',
		'Email'                                     => 'E-post',
		'Website'                                   => 'Webbplats',
		'Your email address will not be published.' => 'Din e-postadress kommer inte publiceras.',
		'Required fields are marked %s'             => 'Obligatoriska fält är märkta %s',
		'Save my name, email, and website in this browser for the next time I comment.' => 'Spara mitt namn, min e-postadress och webbplats i denna webbläsare till nästa gång jag skriver en kommentar.',
		'You must be <a href="%s">logged in</a> to post a comment.' => 'Du måste vara <a href="%s">inloggad</a> för att kunna skriva en kommentar.',
		'Comments navigation'                       => 'Kommentarsnavigering',
		'Comments'                                  => 'Kommentarer',
		'Pages:'                                    => 'Sidor:',
		'Next page'                                 => 'Nästa sida',
		'Previous page'                             => 'Föregående sida',
		'Comments are closed.'                      => 'Kommentarer är stängda.',
		'Pingback:'                                 => 'Pingback:',
		'Older Comments'                            => 'Äldre kommentarer',
		'Newer Comments'                            => 'Nyare kommentarer',
		'January'                                   => 'januari',
		'February'                                  => 'februari',
		'March'                                     => 'mars',
		'April'                                     => 'april',
		'May'                                       => 'maj',
		'June'                                      => 'juni',
		'July'                                      => 'juli',
		'August'                                    => 'augusti',
		'September'                                 => 'september',
		'October'                                   => 'oktober',
		'November'                                  => 'november',
		'December'                                  => 'december',
	];
}

/**
 * Gettext-reserv (endast default-domänen, endast oöversatta strängar).
 *
 * @param string $translation Översättning.
 * @param string $text        Original.
 * @param string $domain      Textdomän.
 * @return string
 */
function bygge_gettext_fallback( $translation, $text, $domain ) {
	if ( 'default' !== $domain || $translation !== $text ) {
		return $translation;
	}
	$map = bygge_core_strings();
	return isset( $map[ $text ] ) ? $map[ $text ] : $translation;
}
add_filter( 'gettext', 'bygge_gettext_fallback', 10, 3 );

/**
 * Gettext med kontext (t.ex. "Enter" i lösenordsformuläret, "Comment" som substantiv).
 *
 * @param string $translation Översättning.
 * @param string $text        Original.
 * @param string $context     Kontext.
 * @param string $domain      Textdomän.
 * @return string
 */
function bygge_gettext_context_fallback( $translation, $text, $context, $domain ) {
	if ( 'default' !== $domain || $translation !== $text ) {
		return $translation;
	}
	if ( 'Enter' === $text && 'post password form' === $context ) {
		return 'Skicka';
	}
	if ( 'Comment' === $text && 'noun' === $context ) {
		return 'Kommentar';
	}
	return $translation;
}
add_filter( 'gettext_with_context', 'bygge_gettext_context_fallback', 10, 4 );

/**
 * Om sv_SE saknas laddades månadsnamnen på engelska innan temat fanns;
 * läs in dem igen genom reserven ovan.
 *
 * @return void
 */
function bygge_reinit_locale() {
	global $wp_locale;
	if ( $wp_locale instanceof WP_Locale && 'March' === $wp_locale->get_month( 3 ) ) {
		$wp_locale->init();
	}
}
add_action( 'after_setup_theme', 'bygge_reinit_locale', 1 );

require get_template_directory() . '/inc/elementor-markup.php';
require get_template_directory() . '/inc/elementor-widgets.php';
require get_template_directory() . '/inc/seo.php';
