<?php
/**
 * Tjugo – a Swedish copy of Twenty Twenty (2.x): functions and definitions.
 *
 * Table of Contents:
 * Theme Support
 * Required Files
 * Register Styles
 * Register Scripts
 * Register Menus
 * WP Body Open
 * Register Sidebars
 * Swedish strings for core output
 *
 * @package WordPress
 * @subpackage Tjugo
 */

/**
 * Sets up theme defaults and registers support for various WordPress features.
 */
function twentytwenty_theme_support() {

	// Add default posts and comments RSS feed links to head.
	add_theme_support( 'automatic-feed-links' );

	// Custom background color.
	add_theme_support(
		'custom-background',
		array(
			'default-color' => 'f5efe0',
		)
	);

	// Set content-width.
	global $content_width;
	if ( ! isset( $content_width ) ) {
		$content_width = 580;
	}

	// Enable support for Post Thumbnails on posts and pages.
	add_theme_support( 'post-thumbnails' );

	// Set post thumbnail size.
	set_post_thumbnail_size( 1200, 9999 );

	// Add custom image size used in Cover Template.
	add_image_size( 'twentytwenty-fullscreen', 1980, 9999 );

	// Custom logo.
	add_theme_support(
		'custom-logo',
		array(
			'height'      => 90,
			'width'       => 120,
			'flex-height' => true,
			'flex-width'  => true,
		)
	);

	// Let WordPress manage the document title.
	add_theme_support( 'title-tag' );

	// Switch default core markup to output valid HTML5.
	add_theme_support(
		'html5',
		array(
			'search-form',
			'comment-form',
			'comment-list',
			'gallery',
			'caption',
			'script',
			'style',
			'navigation-widgets',
		)
	);

	// Add support for full and wide align images.
	add_theme_support( 'align-wide' );

	// Add support for responsive embeds.
	add_theme_support( 'responsive-embeds' );

	// Add theme support for selective refresh for widgets.
	add_theme_support( 'customize-selective-refresh-widgets' );

	// Month and weekday names are built before the theme loads: rebuild them
	// so that the Swedish strings below are used when no .mo file is present.
	if ( isset( $GLOBALS['wp_locale'] ) && $GLOBALS['wp_locale'] instanceof WP_Locale ) {
		$GLOBALS['wp_locale']->init();
	}
}

add_action( 'after_setup_theme', 'twentytwenty_theme_support' );

/**
 * REQUIRED FILES
 */
require get_template_directory() . '/inc/template-tags.php';

// Handle SVG icons.
require get_template_directory() . '/classes/class-twentytwenty-svg-icons.php';
require get_template_directory() . '/inc/svg-icons.php';

// Custom comment walker.
require get_template_directory() . '/classes/class-twentytwenty-walker-comment.php';

// Custom page walker.
require get_template_directory() . '/classes/class-twentytwenty-walker-page.php';

// Markup of the plugins this blog runs (sharing, related posts, newsletter, cookie notice).
require get_template_directory() . '/inc/plugins.php';

/**
 * Register and Enqueue Styles.
 */
function twentytwenty_register_styles() {

	$theme_version = wp_get_theme()->get( 'Version' );

	wp_enqueue_style( 'twentytwenty-style', get_stylesheet_uri(), array(), $theme_version );

	// Output of the (default) Customizer colours as inline style, as Twenty Twenty does.
	$customizer_css = ':root{--global--color-accent:#cd2653;}'
		. '.color-accent,.color-accent-hover:hover,.color-accent-hover:focus,:root .has-accent-color,.has-drop-cap:not(:focus):first-letter,.wp-block-button.is-style-outline,a{color:#cd2653;}'
		. 'button,.button,.faux-button,.wp-block-button__link,.wp-block-file .wp-block-file__button,input[type="button"],input[type="reset"],input[type="submit"],.bg-accent,.bg-accent-hover:hover,.bg-accent-hover:focus,:root .has-accent-background-color,.comment-reply-link{background-color:#cd2653;}'
		. 'body:not(.overlay-header) .primary-menu > li > a,body:not(.overlay-header) .primary-menu > li > .icon,.modal-menu a,.footer-menu a, .footer-widgets a,#site-footer .wp-block-button.is-style-outline,.wp-block-pullquote:before,.singular:not(.overlay-header) .entry-header a,.archive-header a,.header-footer-group .color-accent,.header-footer-group .color-accent-hover:hover{color:#cd2653;}'
		. 'body,.entry-title a,:root .has-primary-color{color:#000000;}'
		. 'hr,.entry-content hr,.comment-body hr{border-color:#dcd7ca;}'
		. 'body:not(.overlay-header) .header-inner,.footer-nav-widgets-wrapper,#site-footer,.menu-modal,.menu-modal-inner,.search-modal-inner,.archive-header,.singular .entry-header,.singular .featured-media:before,.wp-block-pullquote:before{background-color:#ffffff;}';
	wp_add_inline_style( 'twentytwenty-style', $customizer_css );

	// Add print CSS.
	wp_enqueue_style( 'twentytwenty-print-style', get_template_directory_uri() . '/print.css', null, $theme_version, 'print' );
}

add_action( 'wp_enqueue_scripts', 'twentytwenty_register_styles' );

/**
 * Register and Enqueue Scripts.
 */
function twentytwenty_register_scripts() {

	$theme_version = wp_get_theme()->get( 'Version' );

	if ( ( ! is_admin() ) && is_singular() && comments_open() && get_option( 'thread_comments' ) ) {
		wp_enqueue_script( 'comment-reply' );
	}

	wp_enqueue_script( 'twentytwenty-js', get_template_directory_uri() . '/assets/js/index.js', array(), $theme_version, false );
}

add_action( 'wp_enqueue_scripts', 'twentytwenty_register_scripts' );

/**
 * Register navigation menus uses wp_nav_menu in five places.
 */
function twentytwenty_menus() {

	$locations = array(
		'primary'  => 'Horisontell meny för datorer',
		'expanded' => 'Expanderad meny för datorer',
		'mobile'   => 'Mobilmeny',
		'footer'   => 'Sidfotsmeny',
		'social'   => 'Social meny',
	);

	register_nav_menus( $locations );
}

add_action( 'init', 'twentytwenty_menus' );

/**
 * Include a skip to content link at the top of the page so that users can bypass the menu.
 */
function twentytwenty_skip_link() {
	echo '<a class="skip-link screen-reader-text" href="#site-content">Hoppa till innehåll</a>';
}

add_action( 'wp_body_open', 'twentytwenty_skip_link', 5 );

/**
 * Register widget areas.
 */
function twentytwenty_sidebar_registration() {

	// Arguments used in all register_sidebar() calls.
	$shared_args = array(
		'before_title'  => '<h2 class="widget-title subheading heading-size-3">',
		'after_title'   => '</h2>',
		'before_widget' => '<div class="widget %2$s"><div class="widget-content">',
		'after_widget'  => '</div></div>',
	);

	// Footer #1.
	register_sidebar(
		array_merge(
			$shared_args,
			array(
				'name'        => 'Sidfot #1',
				'id'          => 'sidebar-1',
				'description' => 'Widgets i detta område kommer att visas i den första kolumnen i sidfoten.',
			)
		)
	);

	// Footer #2.
	register_sidebar(
		array_merge(
			$shared_args,
			array(
				'name'        => 'Sidfot #2',
				'id'          => 'sidebar-2',
				'description' => 'Widgets i detta område kommer att visas i den andra kolumnen i sidfoten.',
			)
		)
	);
}

add_action( 'widgets_init', 'twentytwenty_sidebar_registration' );

/**
 * Swedish strings for core output.
 *
 * The site runs sv_SE; when WordPress's own Swedish language pack is not
 * installed, the strings printed by core functions the theme calls
 * (comment form, reply links, password form, pagination, widgets, month
 * names) are put in Swedish here. Strings that already have a translation
 * are left alone.
 *
 * @return array
 */
function tjugo_core_strings_sv() {
	static $map = null;
	if ( null !== $map ) {
		return $map;
	}
	$map = array(
		// Comment form.
		'Leave a Reply'                                 => 'Kommentera',
		'Leave a Reply to %s'                           => 'Lämna ett svar till %s',
		'Cancel reply'                                  => 'Avbryt svar',
		'Post Comment'                                  => 'Skicka kommentar',
		'Comment'                                       => 'Kommentar',
		'Name'                                          => 'Namn',
		'Email'                                         => 'E-postadress',
		'Website'                                       => 'Webbplats',
		'Your email address will not be published.'    => 'E-postadressen publiceras inte.',
		'Required fields are marked %s'                 => 'Obligatoriska fält är märkta %s',
		'Save my name, email, and website in this browser for the next time I comment.' => 'Spara mitt namn, min e-postadress och webbplats i denna webbläsare till nästa gång jag skriver en kommentar.',
		'You must be <a href="%s">logged in</a> to post a comment.' => 'Du måste vara <a href="%s">inloggad</a> för att skriva en kommentar.',
		'Reply'                                         => 'Svara',
		'Reply to %s'                                   => 'Svar till %s',
		'Log in to Reply'                               => 'Logga in för att svara',
		// Comment counts (comments_popup_link()).
		'No Comments<span class="screen-reader-text"> on %s</span>' => 'Inga kommentarer<span class="screen-reader-text"> till %s</span>',
		'1 Comment<span class="screen-reader-text"> on %s</span>'   => '1 kommentar<span class="screen-reader-text"> till %s</span>',
		'%1$s Comment<span class="screen-reader-text"> on %2$s</span>'  => '%1$s kommentar<span class="screen-reader-text"> till %2$s</span>',
		'%1$s Comments<span class="screen-reader-text"> on %2$s</span>' => '%1$s kommentarer<span class="screen-reader-text"> till %2$s</span>',
		'Comments Off<span class="screen-reader-text"> on %s</span>'    => 'Kommentarer inaktiverade<span class="screen-reader-text"> för %s</span>',
		// Password protected posts.
		'This content is password protected. To view it please enter your password below:' => 'Det här innehållet är lösenordsskyddat. Vänligen ange ditt lösenord nedan för att visa innehåll:',
		'Password:'                                     => 'Lösenord:',
		'Enter'                                         => 'Gå vidare',
		'Protected: %s'                                 => 'Lösenordsskyddad: %s',
		'Private: %s'                                   => 'Privat: %s',
		'There is no excerpt because this is a protected post.' => 'Det finns inget utdrag eftersom det här är ett skyddat inlägg.',
		// Navigation.
		'Posts navigation'                              => 'Inläggsnavigering',
		'Posts'                                         => 'Inlägg',
		'Page'                                          => 'Sida',
		'Previous'                                      => 'Föregående',
		'Next'                                          => 'Nästa',
		'Next page'                                     => 'Nästa sida',
		'Previous page'                                 => 'Föregående sida',
		'(more&hellip;)'                                => '(mer&hellip;)',
		// Archive titles.
		'Category: %s'                                  => 'Kategori: %s',
		'Tag: %s'                                       => 'Tagg: %s',
		'Author: %s'                                    => 'Författare: %s',
		'Year: %s'                                      => 'År: %s',
		'Month: %s'                                     => 'Månad: %s',
		'Day: %s'                                       => 'Dag: %s',
		'Archives'                                      => 'Arkiv',
		'Archives: %s'                                  => 'Arkiv: %s',
		// Widgets.
		'%1$s on %2$s'                                  => '%1$s om %2$s',
		'Recent Posts'                                  => 'Senaste inläggen',
		'Recent Comments'                               => 'Senaste kommentarer',
		'Categories'                                    => 'Kategorier',
		'Meta'                                          => 'Meta',
		'Log in'                                        => 'Logga in',
		'Log out'                                       => 'Logga ut',
		'Entries feed'                                  => 'Flöde för inlägg',
		'Comments feed'                                 => 'Flöde för kommentarer',
		'WordPress.org'                                 => 'WordPress.org',
		'Search'                                        => 'Sök',
		'Select Category'                               => 'Välj kategori',
		'Select Month'                                  => 'Välj månad',
		'(no title)'                                    => '(utan rubrik)',
		'Uncategorized'                                 => 'Okategoriserade',
		// Dates.
		'January'   => 'januari',
		'February'  => 'februari',
		'March'     => 'mars',
		'April'     => 'april',
		'May'       => 'maj',
		'June'      => 'juni',
		'July'      => 'juli',
		'August'    => 'augusti',
		'September' => 'september',
		'October'   => 'oktober',
		'November'  => 'november',
		'December'  => 'december',
		'Sunday'    => 'söndag',
		'Monday'    => 'måndag',
		'Tuesday'   => 'tisdag',
		'Wednesday' => 'onsdag',
		'Thursday'  => 'torsdag',
		'Friday'    => 'fredag',
		'Saturday'  => 'lördag',
	);
	return $map;
}

/**
 * Swedish strings with a context.
 *
 * @return array
 */
function tjugo_core_strings_sv_context() {
	return array(
		'noun'                              => array( 'Comment' => 'Kommentar' ),
		'post password form'                => array( 'Enter' => 'Gå vidare' ),
		'widgets'                           => array( '%1$s on %2$s' => '%1$s om %2$s' ),
		'January abbreviation'              => array( 'Jan' => 'Jan' ),
		'February abbreviation'             => array( 'Feb' => 'Feb' ),
		'March abbreviation'                => array( 'Mar' => 'Mar' ),
		'April abbreviation'                => array( 'Apr' => 'Apr' ),
		'May abbreviation'                  => array( 'May' => 'Maj' ),
		'June abbreviation'                 => array( 'Jun' => 'Jun' ),
		'July abbreviation'                 => array( 'Jul' => 'Jul' ),
		'August abbreviation'               => array( 'Aug' => 'Aug' ),
		'September abbreviation'            => array( 'Sep' => 'Sep' ),
		'October abbreviation'              => array( 'Oct' => 'Okt' ),
		'November abbreviation'             => array( 'Nov' => 'Nov' ),
		'December abbreviation'             => array( 'Dec' => 'Dec' ),
		'comments title'                    => array(),
		'submit button'                     => array( 'Search' => 'Sök' ),
		'label'                             => array( 'Search for:' => 'Sök efter:' ),
		'placeholder'                       => array( 'Search &hellip;' => 'Sök &hellip;' ),
		'yearly archives date format'       => array(),
		'monthly archives date format'      => array(),
	);
}

/**
 * Filters gettext for the default text domain.
 *
 * @param string $translation Translated text.
 * @param string $text        Text to translate.
 * @param string $domain      Text domain.
 * @return string
 */
function tjugo_gettext_sv( $translation, $text, $domain ) {
	if ( 'default' !== $domain || $translation !== $text ) {
		return $translation;
	}
	$map = tjugo_core_strings_sv();
	return isset( $map[ $text ] ) ? $map[ $text ] : $translation;
}

add_filter( 'gettext', 'tjugo_gettext_sv', 10, 3 );

/**
 * Filters gettext with context for the default text domain.
 *
 * @param string $translation Translated text.
 * @param string $text        Text to translate.
 * @param string $context     Context information for the translators.
 * @param string $domain      Text domain.
 * @return string
 */
function tjugo_gettext_with_context_sv( $translation, $text, $context, $domain ) {
	if ( 'default' !== $domain || $translation !== $text ) {
		return $translation;
	}
	$map = tjugo_core_strings_sv_context();
	if ( isset( $map[ $context ][ $text ] ) ) {
		return $map[ $context ][ $text ];
	}
	return $translation;
}

add_filter( 'gettext_with_context', 'tjugo_gettext_with_context_sv', 10, 4 );

/**
 * Filters plural gettext for the default text domain.
 *
 * @param string $translation Translated text.
 * @param string $single      The text to be used if the number is singular.
 * @param string $plural      The text to be used if the number is plural.
 * @param int    $number      The number to compare against.
 * @param string $domain      Text domain.
 * @return string
 */
function tjugo_ngettext_sv( $translation, $single, $plural, $number, $domain ) {
	if ( 'default' !== $domain || ( $translation !== $single && $translation !== $plural ) ) {
		return $translation;
	}
	$map = tjugo_core_strings_sv();
	if ( isset( $map[ $translation ] ) ) {
		return $map[ $translation ];
	}
	return $translation;
}

add_filter( 'ngettext', 'tjugo_ngettext_sv', 10, 5 );
