<?php
/**
 * avenue – functions. Emulates the helpers Avada (ThemeFusion) uses to print
 * its pages: fusion_render_post_metadata(), fusion_render_rich_snippets_for_pages(),
 * Avada_Template::title_template(), Avada_Template::comment_template(),
 * Fusion_Breadcrumbs, fusion_pagination(), related posts and the sharing box.
 *
 * @package avenue
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit( 'Direct script access denied.' );
}

/* -------------------------------------------------------------------------
 * Theme options as the Swedish site has them set in Avada's Global Options.
 * ---------------------------------------------------------------------- */
define( 'AVENUE_VERSION', '7.2.1' );
define( 'AVENUE_DATE_FORMAT', 'j F Y' );          // Avada option "date_format".
define( 'AVENUE_DATEBOX_DAY', 'j' );              // Avada option "alternate_date_format_day".
define( 'AVENUE_DATEBOX_MONTH_YEAR', 'm, Y' );    // Avada option "alternate_date_format_month_year".
define( 'AVENUE_RELATED_NUMBER', 5 );             // Avada option "number_related_posts".
define( 'AVENUE_COMPANY', 'Bostadsbolaget i Mälardalen AB' );

/**
 * Setup.
 */
function avenue_setup() {
	add_theme_support( 'title-tag' );
	add_theme_support( 'automatic-feed-links' );
	add_theme_support( 'post-thumbnails' );
	add_theme_support( 'html5', array( 'comment-form', 'comment-list', 'gallery', 'caption', 'search-form', 'script', 'style' ) );

	// Avada's own image sizes.
	add_image_size( 'blog-large', 669, 272, true );
	add_image_size( 'blog-medium', 320, 202, true );
	add_image_size( 'recent-posts', 700, 441, true );

	register_nav_menus(
		array(
			'main_navigation' => 'Huvudmeny',
			'top_navigation'  => 'Toppmeny',
			'404_pages'       => '404 Användbara sidor',
		)
	);
}
add_action( 'after_setup_theme', 'avenue_setup' );

/**
 * Avada registers the blog sidebar and four footer widget columns.
 */
function avenue_widgets_init() {
	register_sidebar(
		array(
			'name'          => 'Bloggens sidopanel',
			'id'            => 'avada-blog-sidebar',
			'before_widget' => '<section id="%1$s" class="widget %2$s">',
			'after_widget'  => '</section>',
			'before_title'  => '<div class="heading"><h4 class="widget-title">',
			'after_title'   => '</h4></div>',
		)
	);
	for ( $i = 1; $i <= 4; $i++ ) {
		register_sidebar(
			array(
				'name'          => 'Sidfot widget ' . $i,
				'id'            => 'avada-footer-widget-' . $i,
				'before_widget' => '<section id="%1$s" class="fusion-footer-widget-column widget %2$s">',
				'after_widget'  => '<div style="clear:both;"></div></section>',
				'before_title'  => '<h4 class="widget-title">',
				'after_title'   => '</h4>',
			)
		);
	}
}
add_action( 'widgets_init', 'avenue_widgets_init' );

/**
 * Styles and scripts.
 */
function avenue_scripts() {
	wp_enqueue_style( 'avada-stylesheet', get_stylesheet_uri(), array(), AVENUE_VERSION );
	if ( is_singular() && comments_open() && get_option( 'thread_comments' ) ) {
		wp_enqueue_script( 'comment-reply' );
	}
}
add_action( 'wp_enqueue_scripts', 'avenue_scripts' );

/* -------------------------------------------------------------------------
 * Swedish strings without .mo files: core strings that reach the page are
 * mapped through the gettext filters.
 * ---------------------------------------------------------------------- */

/**
 * Map of core (default text domain) strings to Swedish.
 *
 * @return array
 */
function avenue_core_strings() {
	return array(
		'Protected: %s'                  => 'Skyddat: %s',
		'Private: %s'                    => 'Privat: %s',
		'Posts by %s'                    => 'Inlägg av %s',
		'Reply'                          => 'Svara',
		'Reply to %s'                    => 'Svara till %s',
		'Cancel reply'                   => 'Avbryt svar',
		'Click here to cancel reply.'    => 'Klicka här för att avbryta svaret.',
		'Log in to Reply'                => 'Logga in för att svara',
		'Enter your password to view comments.' => 'Ange ditt lösenord för att visa kommentarer.',
		'Comments Off'                   => 'Kommentarer inaktiverade',
		'There is no excerpt because this is a protected post.' => 'Det finns inget utdrag eftersom detta är ett skyddat inlägg.',
		'This content is password protected. To view it please enter your password below:' => 'Detta innehåll är lösenordsskyddat. För att se det, ange ditt lösenord nedan:',
		'Password:'                      => 'Lösenord:',
		'Your comment is awaiting moderation.' => 'Din kommentar väntar på granskning.',
		'&laquo; Previous'               => '&laquo; Föregående',
		'Next &raquo;'                   => 'Nästa &raquo;',
		'Older Comments'                 => 'Äldre kommentarer',
		'Newer Comments'                 => 'Nyare kommentarer',
		'Search Results for: %s'         => 'Sökresultat för: %s',
		'Leave a Reply'                  => 'Lämna ett svar',
		'Leave a Reply to %s'            => 'Lämna ett svar till %s',
		// Month and weekday names used by WP_Locale (wp_get_archives(), get_the_date()).
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
}

/**
 * Gettext filter for the default text domain.
 *
 * @param string $translation Translated text.
 * @param string $text        Original text.
 * @param string $domain      Text domain.
 * @return string
 */
function avenue_gettext( $translation, $text, $domain ) {
	if ( 'default' !== $domain ) {
		return $translation;
	}
	static $map = null;
	if ( null === $map ) {
		$map = avenue_core_strings();
	}
	return isset( $map[ $text ] ) ? $map[ $text ] : $translation;
}
add_filter( 'gettext', 'avenue_gettext', 10, 3 );

/**
 * Gettext with context (month abbreviations, "Enter" on the password form).
 *
 * @param string $translation Translated text.
 * @param string $text        Original text.
 * @param string $context     Context.
 * @param string $domain      Text domain.
 * @return string
 */
function avenue_gettext_with_context( $translation, $text, $context, $domain ) {
	if ( 'default' !== $domain ) {
		return $translation;
	}
	$map = array(
		'post password form' => array( 'Enter' => 'Skicka' ),
		'January abbreviation'   => array( 'Jan' => 'jan' ),
		'February abbreviation'  => array( 'Feb' => 'feb' ),
		'March abbreviation'     => array( 'Mar' => 'mar' ),
		'April abbreviation'     => array( 'Apr' => 'apr' ),
		'May abbreviation'       => array( 'May' => 'maj' ),
		'June abbreviation'      => array( 'Jun' => 'jun' ),
		'July abbreviation'      => array( 'Jul' => 'jul' ),
		'August abbreviation'    => array( 'Aug' => 'aug' ),
		'September abbreviation' => array( 'Sep' => 'sep' ),
		'October abbreviation'   => array( 'Oct' => 'okt' ),
		'November abbreviation'  => array( 'Nov' => 'nov' ),
		'December abbreviation'  => array( 'Dec' => 'dec' ),
	);
	if ( isset( $map[ $context ][ $text ] ) ) {
		return $map[ $context ][ $text ];
	}
	return $translation;
}
add_filter( 'gettext_with_context', 'avenue_gettext_with_context', 10, 4 );

/**
 * Plural strings (tag cloud aria-labels, comment counts).
 *
 * @param string $translation Translated text.
 * @param string $single      Singular.
 * @param string $plural      Plural.
 * @param int    $number      Number.
 * @param string $domain      Domain.
 * @return string
 */
function avenue_ngettext( $translation, $single, $plural, $number, $domain ) {
	if ( 'default' !== $domain ) {
		return $translation;
	}
	if ( '%s item' === $single ) {
		return 1 === (int) $number ? '%s objekt' : '%s objekt';
	}
	if ( '%s Comment' === $single || '%s comment' === $single ) {
		return 1 === (int) $number ? '%s kommentar' : '%s kommentarer';
	}
	return $translation;
}
add_filter( 'ngettext', 'avenue_ngettext', 10, 5 );

/**
 * WP_Locale is built before the theme loads; rebuild it so its month names
 * pass through the filters above.
 */
function avenue_reinit_locale() {
	global $wp_locale;
	if ( isset( $wp_locale ) && is_object( $wp_locale ) && method_exists( $wp_locale, 'init' ) ) {
		$wp_locale->init();
	}
}
add_action( 'after_setup_theme', 'avenue_reinit_locale', 1 );

/**
 * Swedish month names, used as a safety net for printed dates.
 *
 * @param string $date A formatted date.
 * @return string
 */
function avenue_sv_months( $date ) {
	$map = array(
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
	);
	return strtr( (string) $date, $map );
}

/**
 * The post's publication date/time in a given format (Swedish month names).
 *
 * @param string           $format Date format.
 * @param int|WP_Post|null $post   Post.
 * @return string
 */
function avenue_post_time( $format, $post = null ) {
	return avenue_sv_months( get_the_time( $format, $post ) );
}

/* -------------------------------------------------------------------------
 * Body classes, password form, excerpt.
 * ---------------------------------------------------------------------- */

/**
 * Avada's long list of body classes.
 *
 * @param array $classes Classes.
 * @return array
 */
function avenue_body_class( $classes ) {
	$extra = array(
		'fusion-image-hovers',
		'fusion-pagination-sizing',
		'fusion-button_size-large',
		'fusion-button_type-flat',
		'fusion-button_span-no',
		'avada-image-rollover-circle-yes',
		'avada-image-rollover-yes',
		'avada-image-rollover-direction-left',
		'fusion-body',
		'ltr',
		'fusion-sticky-header',
		'no-tablet-sticky-header',
		'no-mobile-sticky-header',
		'no-mobile-slidingbar',
		'no-mobile-totop',
		'fusion-disable-outline',
		'fusion-sub-menu-fade',
		'mobile-logo-pos-left',
		'layout-boxed-mode',
		'avada-has-boxed-modal-shadow-none',
		'layout-scroll-offset-full',
		'avada-has-zero-margin-offset-top',
		'fusion-top-header',
		'menu-text-align-center',
		'mobile-menu-design-modern',
		'fusion-show-pagination-text',
		'fusion-header-layout-v3',
		'avada-responsive',
		'avada-footer-fx-none',
		'avada-menu-highlight-style-bar',
		'fusion-search-form-classic',
		'fusion-main-menu-search-dropdown',
		'fusion-avatar-square',
		'avada-dropdown-styles',
		'avada-blog-layout-large',
		'avada-blog-archive-layout-medium',
		'avada-header-shadow-no',
		'avada-menu-icon-position-left',
		'avada-has-megamenu-shadow',
		'avada-has-mainmenu-dropdown-divider',
		'avada-has-breadcrumb-mobile-hidden',
		'avada-has-titlebar-bar_and_content',
		'avada-has-pagination-padding',
		'avada-flyout-menu-direction-fade',
		'avada-ec-views-v1',
	);
	return array_merge( $classes, $extra );
}
add_filter( 'body_class', 'avenue_body_class' );

/**
 * Avada's password form: core form, Avada's button classes, Swedish text.
 *
 * @param string       $output Form HTML.
 * @param WP_Post|null $post   Post.
 * @return string
 */
function avenue_password_form( $output, $post = null ) {
	$post  = get_post( $post );
	$label = 'pwbox-' . ( empty( $post->ID ) ? wp_rand() : $post->ID );
	return '<form action="' . esc_url( site_url( 'wp-login.php?action=postpass', 'login_post' ) ) . '" class="post-password-form" method="post">
	<p>Detta innehåll är lösenordsskyddat. För att se det, ange ditt lösenord nedan:</p>
	<p><label for="' . esc_attr( $label ) . '">Lösenord: <input name="post_password" id="' . esc_attr( $label ) . '" type="password" size="20" /></label> <input type="submit" name="Submit" class="fusion-button button-default fusion-button-default-size" value="Skicka" /></p></form>';
}
add_filter( 'the_password_form', 'avenue_password_form', 10, 2 );

/**
 * "Skyddat: " prefix for protected titles.
 *
 * @return string
 */
function avenue_protected_title_format() {
	return 'Skyddat: %s';
}
add_filter( 'protected_title_format', 'avenue_protected_title_format' );

/**
 * "Privat: " prefix for private titles.
 *
 * @return string
 */
function avenue_private_title_format() {
	return 'Privat: %s';
}
add_filter( 'private_title_format', 'avenue_private_title_format' );

/**
 * Avada's excerpt read-more symbol.
 *
 * @return string
 */
function avenue_excerpt_more() {
	return ' [...]';
}
add_filter( 'excerpt_more', 'avenue_excerpt_more' );

/**
 * Avada's blog excerpt length.
 *
 * @return int
 */
function avenue_excerpt_length() {
	return 55;
}
add_filter( 'excerpt_length', 'avenue_excerpt_length' );

/**
 * Main menu links get Avada's highlight class and span.menu-text.
 *
 * @param array    $atts Attributes.
 * @param WP_Post  $item Item.
 * @param stdClass $args Args.
 * @return array
 */
function avenue_nav_link_atts( $atts, $item, $args ) {
	if ( isset( $args->theme_location ) && 'main_navigation' === $args->theme_location ) {
		$atts['class'] = 'fusion-bar-highlight';
	}
	return $atts;
}
add_filter( 'nav_menu_link_attributes', 'avenue_nav_link_atts', 10, 3 );

/**
 * Wrap main menu titles.
 *
 * @param string   $title Title.
 * @param WP_Post  $item  Item.
 * @param stdClass $args  Args.
 * @return string
 */
function avenue_nav_item_title( $title, $item, $args ) {
	if ( isset( $args->theme_location ) && 'main_navigation' === $args->theme_location ) {
		return '<span class="menu-text">' . $title . '</span>';
	}
	return $title;
}
add_filter( 'nav_menu_item_title', 'avenue_nav_item_title', 10, 3 );

/**
 * Fallback main menu when no menu is assigned: home, pages, categories.
 */
function avenue_menu_fallback() {
	$items  = '<li id="menu-item-home" class="menu-item menu-item-type-custom menu-item-object-custom' . ( is_front_page() ? ' current-menu-item' : '' ) . ' menu-item-home" data-item-id="home"><a href="' . esc_url( home_url( '/' ) ) . '" class="fusion-bar-highlight"><span class="menu-text">Hem</span></a></li>';
	$pages  = get_pages( array( 'sort_column' => 'menu_order,post_title', 'parent' => 0 ) );
	foreach ( $pages as $page ) {
		$current = is_page( $page->ID ) ? ' current-menu-item' : '';
		$items  .= '<li id="menu-item-' . (int) $page->ID . '" class="menu-item menu-item-type-post_type menu-item-object-page' . $current . ' menu-item-' . (int) $page->ID . '" data-item-id="' . (int) $page->ID . '"><a href="' . esc_url( get_permalink( $page ) ) . '" class="fusion-bar-highlight"><span class="menu-text">' . esc_html( get_the_title( $page ) ) . '</span></a></li>';
	}
	$cats = get_categories( array( 'parent' => 0, 'hide_empty' => true ) );
	if ( $cats ) {
		$items .= '<li id="menu-item-kategorier" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-has-children menu-item-kategorier fusion-dropdown-menu" data-item-id="kategorier"><a href="#" class="fusion-bar-highlight"><span class="menu-text">Ämnen</span> <span class="fusion-caret"><i class="fusion-dropdown-indicator" aria-hidden="true"></i></span></a><ul class="sub-menu">';
		foreach ( $cats as $cat ) {
			$items .= '<li id="menu-item-cat-' . (int) $cat->term_id . '" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-cat-' . (int) $cat->term_id . ' fusion-dropdown-submenu"><a href="' . esc_url( get_category_link( $cat ) ) . '" class="fusion-bar-highlight"><span>' . esc_html( $cat->name ) . '</span></a></li>';
		}
		$items .= '</ul></li>';
	}
	echo '<ul id="menu-huvudmeny" class="fusion-menu">' . $items . avenue_menu_search_item() . '</ul>'; // phpcs:ignore
}

/**
 * The search item Avada appends to its main menu.
 *
 * @return string
 */
function avenue_menu_search_item() {
	return '<li class="fusion-custom-menu-item fusion-main-menu-search"><a class="fusion-main-menu-icon fusion-bar-highlight" href="#" aria-label="Sök" data-title="Sök" title="Sök" role="button" aria-expanded="false"></a><div class="fusion-custom-menu-item-contents">' . get_search_form( array( 'echo' => false ) ) . '</div></li>';
}

/* -------------------------------------------------------------------------
 * Open Graph tags that Avada prints in <head>.
 * ---------------------------------------------------------------------- */

/**
 * Avada_Head::add_opengraph() equivalent.
 */
function avenue_opengraph() {
	if ( ! is_singular() ) {
		return;
	}
	$post = get_queried_object();
	if ( ! ( $post instanceof WP_Post ) ) {
		return;
	}
	echo '<meta property="og:title" content="' . esc_attr( wp_strip_all_tags( get_the_title( $post ) ) ) . '"/>' . "\n";
	echo '<meta property="og:type" content="article"/>' . "\n";
	echo '<meta property="og:url" content="' . esc_url( get_permalink( $post ) ) . '"/>' . "\n";
	echo '<meta property="og:site_name" content="' . esc_attr( get_bloginfo( 'name' ) ) . '"/>' . "\n";
	if ( ! post_password_required( $post ) ) {
		$desc = wp_trim_words( wp_strip_all_tags( strip_shortcodes( $post->post_content ) ), 55, '' );
		echo '<meta property="og:description" content="' . esc_attr( $desc ) . '"/>' . "\n";
		if ( has_post_thumbnail( $post ) ) {
			$img = wp_get_attachment_image_src( get_post_thumbnail_id( $post ), 'full' );
			if ( $img ) {
				echo '<meta property="og:image" content="' . esc_url( $img[0] ) . '"/>' . "\n";
			}
		}
	}
	if ( 'post' === $post->post_type ) {
		echo '<meta property="article:published_time" content="' . esc_attr( get_the_time( 'c', $post ) ) . '"/>' . "\n";
		echo '<meta property="article:modified_time" content="' . esc_attr( get_the_modified_time( 'c', $post ) ) . '"/>' . "\n";
	}
}
add_action( 'wp_head', 'avenue_opengraph', 5 );

/* -------------------------------------------------------------------------
 * Rich snippets, titles, metadata.
 * ---------------------------------------------------------------------- */

/**
 * The author link (core the_author_posts_link(), title "Inlägg av …").
 *
 * @return string
 */
function avenue_author_posts_link() {
	return get_the_author_posts_link();
}

/**
 * fusion_render_rich_snippets_for_pages(): hidden title, author and updated spans.
 * The "updated" span holds the post's MODIFIED time in ISO 8601 (get_the_modified_time( 'c' )).
 *
 * @param bool $title_tag   Title.
 * @param bool $author_tag  Author.
 * @param bool $updated_tag Updated.
 * @return string
 */
function avenue_rich_snippets( $title_tag = true, $author_tag = true, $updated_tag = true ) {
	$html = '';
	if ( $title_tag ) {
		$html .= '<span class="entry-title rich-snippet-hidden">' . get_the_title() . '</span>';
	}
	if ( $author_tag ) {
		$html .= '<span class="vcard rich-snippet-hidden"><span class="fn">' . avenue_author_posts_link() . '</span></span>';
	}
	if ( $updated_tag ) {
		$html .= '<span class="updated rich-snippet-hidden">' . esc_html( get_the_modified_time( 'c' ) ) . '</span>';
	}
	return $html;
}

/**
 * avada_render_post_title().
 *
 * @param int    $post_id Post ID.
 * @param bool   $linked  Link the title.
 * @param string $size    Heading size.
 * @return string
 */
function avenue_post_title( $post_id, $linked = true, $size = '2' ) {
	$title = get_the_title( $post_id );
	if ( $linked ) {
		$title = '<a href="' . esc_url( get_permalink( $post_id ) ) . '">' . $title . '</a>';
	}
	return '<h' . $size . ' class="entry-title fusion-post-title">' . $title . '</h' . $size . '>';
}

/**
 * fusion_render_post_metadata().
 *
 * @param string $layout single|standard.
 * @return string
 */
function avenue_post_metadata( $layout ) {
	$metadata = '';

	// Author (rich snippets on: visible vcard).
	$metadata .= sprintf( 'Av %s', '<span class="vcard"><span class="fn">' . avenue_author_posts_link() . '</span></span>' );
	$metadata .= '<span class="fusion-inline-sep">|</span>';

	// Updated rich snippet (modified time), then the visible publication date.
	$metadata .= avenue_rich_snippets( false, false, true );
	$metadata .= '<span>' . esc_html( avenue_post_time( AVENUE_DATE_FORMAT ) ) . '</span><span class="fusion-inline-sep">|</span>';

	// Categories.
	if ( 'post' === get_post_type() ) {
		$categories = get_the_category_list( ', ' );
		if ( $categories ) {
			$metadata .= sprintf( 'Kategorier: %s', $categories );
			$metadata .= '<span class="fusion-inline-sep">|</span>';
		}
	}

	// Tags.
	$tags = get_the_tag_list( '', ', ', '' );
	if ( $tags && ! is_wp_error( $tags ) ) {
		$metadata .= '<span class="meta-tags">' . sprintf( 'Taggar: %s', $tags ) . '</span><span class="fusion-inline-sep">|</span>';
	}

	// Comments.
	ob_start();
	comments_popup_link( '0 kommentarer', '1 kommentar', '% kommentarer', '', 'Kommentarer inaktiverade' );
	$comments  = ob_get_clean();
	$metadata .= '<span class="fusion-comments">' . $comments . '</span>';

	if ( 'single' === $layout ) {
		return '<div class="fusion-meta-info"><div class="fusion-meta-info-wrapper">' . $metadata . '</div></div>';
	}
	return '<div class="fusion-alignleft">' . $metadata . '</div>';
}

/**
 * Avada_Template::title_template() – "sep-double sep-solid" style.
 *
 * @param string $content Heading content (HTML).
 * @param string $size    Heading level.
 */
function avenue_title_template( $content = '', $size = '2' ) {
	$size_array = array(
		'1' => 'one',
		'2' => 'two',
		'3' => 'three',
		'4' => 'four',
		'5' => 'five',
		'6' => 'six',
	);
	$size       = (string) $size;
	$size_name  = isset( $size_array[ $size ] ) ? $size_array[ $size ] : 'two';
	?>
	<div class="fusion-title fusion-title-size-<?php echo esc_attr( $size_name ); ?> sep-double sep-solid" style="margin-top:0px;margin-bottom:31px;">
		<h<?php echo (int) $size; ?> class="title-heading-left" style="margin:0;">
			<?php echo $content; // phpcs:ignore ?>
		</h<?php echo (int) $size; ?>>
		<span class="awb-title-spacer"></span>
		<div class="title-sep-container">
			<div class="title-sep sep-double sep-solid"></div>
		</div>
	</div>
	<?php
}

/* -------------------------------------------------------------------------
 * Page title bar and breadcrumbs.
 * ---------------------------------------------------------------------- */

/**
 * Swedish month name by number.
 *
 * @param int $n Month 1-12.
 * @return string
 */
function avenue_month_name( $n ) {
	$months = array( 1 => 'januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december' );
	$n      = (int) $n;
	return isset( $months[ $n ] ) ? $months[ $n ] : '';
}

/**
 * Title shown as h1 in the page title bar (avada_get_page_title_bar_contents()).
 *
 * @return string HTML.
 */
function avenue_title_bar_title() {
	if ( is_404() ) {
		return 'Fel 404-sida';
	}
	if ( is_search() ) {
		return sprintf( 'Sökresultat för: %s', esc_html( get_search_query() ) );
	}
	if ( is_singular() ) {
		return get_the_title( get_queried_object_id() );
	}
	if ( is_home() ) {
		return 'Blogg';
	}
	if ( is_day() ) {
		return 'Dagligt arkiv:<span> ' . esc_html( (int) get_query_var( 'day' ) . ' ' . avenue_month_name( get_query_var( 'monthnum' ) ) . ' ' . get_query_var( 'year' ) ) . '</span>';
	}
	if ( is_month() ) {
		return 'Månadsarkiv:<span> ' . esc_html( avenue_month_name( get_query_var( 'monthnum' ) ) . ' ' . get_query_var( 'year' ) ) . '</span>';
	}
	if ( is_year() ) {
		return 'Årsarkiv:<span> ' . esc_html( get_query_var( 'year' ) ) . '</span>';
	}
	if ( is_author() ) {
		$curauth = get_user_by( 'id', (int) get_query_var( 'author' ) );
		return $curauth ? esc_html( $curauth->nickname ) : '';
	}
	if ( is_category() || is_tag() || is_tax() ) {
		return single_term_title( '', false );
	}
	return '';
}

/**
 * One breadcrumb item (Fusion_Breadcrumbs::get_single_breadcrumb_markup()).
 *
 * @param string      $label     Label (HTML-safe).
 * @param string|null $url       Link or null for the leaf.
 * @param bool        $separator Print a separator after it.
 * @return string
 */
function avenue_breadcrumb_item( $label, $url = null, $separator = true ) {
	if ( $url ) {
		$content = '<a href="' . esc_url( $url ) . '" class="fusion-breadcrumb-link"><span >' . $label . '</span></a>';
	} else {
		$content = '<span  class="breadcrumb-leaf">' . $label . '</span>';
	}
	$out = '<span class="fusion-breadcrumb-item">' . $content . '</span>';
	if ( $separator ) {
		$out .= '<span class="fusion-breadcrumb-sep">/</span>';
	}
	return $out;
}

/**
 * Breadcrumb trail as array of [label, url|null].
 *
 * @return array
 */
function avenue_breadcrumb_parts() {
	$home  = array( 'Hem', home_url( '/' ) );
	$parts = array();

	if ( is_front_page() ) {
		return array( array( 'Hem', null ) );
	}
	$parts[] = $home;

	if ( is_singular( 'post' ) ) {
		$post_id = get_queried_object_id();
		$cats    = get_the_category( $post_id );
		if ( $cats ) {
			$cat = $cats[0];
			foreach ( array_reverse( get_ancestors( $cat->term_id, 'category', 'taxonomy' ) ) as $ancestor_id ) {
				$ancestor = get_term( $ancestor_id, 'category' );
				if ( $ancestor && ! is_wp_error( $ancestor ) ) {
					$parts[] = array( esc_html( $ancestor->name ), get_term_link( $ancestor ) );
				}
			}
			$parts[] = array( esc_html( $cat->name ), get_category_link( $cat->term_id ) );
		}
		$parts[] = array( get_the_title( $post_id ), null );
	} elseif ( is_page() ) {
		$page_id = get_queried_object_id();
		foreach ( array_reverse( get_post_ancestors( $page_id ) ) as $ancestor_id ) {
			$parts[] = array( get_the_title( $ancestor_id ), get_permalink( $ancestor_id ) );
		}
		$parts[] = array( get_the_title( $page_id ), null );
	} elseif ( is_singular() ) {
		$parts[] = array( get_the_title( get_queried_object_id() ), null );
	} elseif ( is_category() || is_tag() || is_tax() ) {
		$term = get_queried_object();
		if ( $term instanceof WP_Term ) {
			foreach ( array_reverse( get_ancestors( $term->term_id, $term->taxonomy, 'taxonomy' ) ) as $ancestor_id ) {
				$ancestor = get_term( $ancestor_id, $term->taxonomy );
				if ( $ancestor && ! is_wp_error( $ancestor ) ) {
					$parts[] = array( esc_html( $ancestor->name ), get_term_link( $ancestor ) );
				}
			}
			$parts[] = array( esc_html( $term->name ), null );
		}
	} elseif ( is_author() ) {
		$author  = get_queried_object();
		$parts[] = array( esc_html( $author instanceof WP_User ? $author->display_name : '' ), null );
	} elseif ( is_date() ) {
		$year  = (int) get_query_var( 'year' );
		$month = (int) get_query_var( 'monthnum' );
		$day   = (int) get_query_var( 'day' );
		if ( is_year() ) {
			$parts[] = array( esc_html( $year ), null );
		} else {
			$parts[] = array( esc_html( $year ), get_year_link( $year ) );
			if ( is_month() ) {
				$parts[] = array( esc_html( avenue_month_name( $month ) ), null );
			} else {
				$parts[] = array( esc_html( avenue_month_name( $month ) ), get_month_link( $year, $month ) );
				$parts[] = array( esc_html( $day ), null );
			}
		}
	} elseif ( is_search() ) {
		$parts[] = array( 'Sök: ' . esc_html( get_search_query() ), null );
	} elseif ( is_404() ) {
		$parts[] = array( '404', null );
	} elseif ( is_home() ) {
		$parts[] = array( 'Blogg', null );
	}
	return $parts;
}

/**
 * Print the breadcrumbs div.
 */
function avenue_breadcrumbs() {
	$parts = avenue_breadcrumb_parts();
	$count = count( $parts );
	$html  = '';
	foreach ( $parts as $i => $part ) {
		$html .= avenue_breadcrumb_item( $part[0], $part[1], $i < $count - 1 );
	}
	echo '<div class="fusion-breadcrumbs">' . $html . '</div>'; // phpcs:ignore
}

/* -------------------------------------------------------------------------
 * Featured images.
 * ---------------------------------------------------------------------- */

/**
 * avada_singular_featured_image(): the single post's slideshow.
 */
function avenue_singular_featured_image() {
	if ( post_password_required() || ! has_post_thumbnail() ) {
		return;
	}
	$thumb_id = get_post_thumbnail_id();
	$full     = wp_get_attachment_image_src( $thumb_id, 'full' );
	$caption  = get_post_field( 'post_excerpt', $thumb_id );
	$title    = get_post_field( 'post_title', $thumb_id );
	?>
	<div class="fusion-flexslider flexslider fusion-flexslider-loading post-slideshow fusion-post-slideshow">
		<ul class="slides">
			<li>
				<a href="<?php echo esc_url( $full ? $full[0] : '' ); ?>" data-rel="iLightbox[gallery<?php the_ID(); ?>]" title="<?php echo esc_attr( $caption ); ?>" data-title="<?php echo esc_attr( $title ); ?>" data-caption="<?php echo esc_attr( $caption ); ?>" aria-label="<?php echo esc_attr( $title ); ?>">
					<span class="screen-reader-text">Visa större bild</span>
					<?php echo get_the_post_thumbnail( null, 'full' ); ?>
				</a>
			</li>
		</ul>
	</div>
	<?php
}

/**
 * The image rollover Avada prints over listing and related-post images.
 *
 * @param bool $with_title Print title and categories in the rollover.
 * @return string
 */
function avenue_rollover( $with_title = true ) {
	$permalink = get_permalink();
	$title     = get_the_title();
	$html      = '<div class="fusion-rollover"><div class="fusion-rollover-content">';
	$html     .= '<a class="fusion-rollover-link" href="' . esc_url( $permalink ) . '">' . $title . '</a>';
	$html     .= '<div class="fusion-rollover-sep"></div>';
	if ( has_post_thumbnail() ) {
		$thumb_id = get_post_thumbnail_id();
		$full     = wp_get_attachment_image_src( $thumb_id, 'full' );
		$html    .= '<a class="fusion-rollover-gallery" href="' . esc_url( $full ? $full[0] : '' ) . '" data-options="" data-id="' . (int) get_the_ID() . '" data-rel="iLightbox[gallery]" data-title="' . esc_attr( get_post_field( 'post_title', $thumb_id ) ) . '" data-caption="' . esc_attr( get_post_field( 'post_excerpt', $thumb_id ) ) . '">Galleri</a>';
	}
	if ( $with_title ) {
		$html .= '<h4 class="fusion-rollover-title"><a class="fusion-rollover-title-link" href="' . esc_url( $permalink ) . '">' . $title . '</a></h4>';
		$terms = get_the_term_list( get_the_ID(), 'category', '<div class="fusion-rollover-categories">', ', ', '</div>' );
		if ( $terms && ! is_wp_error( $terms ) ) {
			$html .= $terms;
		}
	}
	$html .= '<a class="fusion-link-wrapper" href="' . esc_url( $permalink ) . '" aria-label="' . esc_attr( wp_strip_all_tags( $title ) ) . '"></a>';
	$html .= '</div></div>';
	return $html;
}

/**
 * new-slideshow.php for blog listings.
 *
 * @param string $size Image size.
 */
function avenue_listing_slideshow( $size ) {
	if ( post_password_required() || ! has_post_thumbnail() ) {
		return;
	}
	?>
	<div class="fusion-flexslider flexslider fusion-flexslider-loading fusion-post-slideshow">
		<ul class="slides">
			<li>
				<div class="fusion-image-wrapper" aria-haspopup="true">
					<?php echo get_the_post_thumbnail( null, $size ); ?>
					<?php echo avenue_rollover( true ); // phpcs:ignore ?>
				</div>
			</li>
		</ul>
	</div>
	<?php
}

/**
 * Avada's blog listing content (excerpt, or the password form).
 */
function avenue_blog_post_content() {
	if ( post_password_required() ) {
		echo get_the_password_form(); // phpcs:ignore
		return;
	}
	echo '<p>' . get_the_excerpt() . '</p>'; // phpcs:ignore
}

/* -------------------------------------------------------------------------
 * Pagination (fusion_pagination()).
 * ---------------------------------------------------------------------- */

/**
 * Avada's numbered pagination for listings.
 *
 * @param int $range Pages either side.
 */
function avenue_pagination( $range = 2 ) {
	global $wp_query;
	$pages = (int) $wp_query->max_num_pages;
	$paged = max( 1, (int) get_query_var( 'paged' ) );
	if ( $pages <= 1 ) {
		return;
	}
	$html = '<div class="pagination clearfix" role="navigation" aria-label="Sidonumrering">';
	if ( $paged > 1 ) {
		$html .= '<a class="pagination-prev" rel="prev" href="' . esc_url( get_pagenum_link( $paged - 1 ) ) . '"><span class="page-prev"></span><span class="page-text">Föregående</span></a>';
	}
	for ( $i = 1; $i <= $pages; $i++ ) {
		if ( $i < $paged - $range || $i > $paged + $range ) {
			continue;
		}
		if ( $i === $paged ) {
			$html .= '<span class="current">' . $i . '</span>';
		} else {
			$html .= '<a href="' . esc_url( get_pagenum_link( $i ) ) . '" class="inactive">' . $i . '</a>';
		}
	}
	if ( $paged < $pages ) {
		$html .= '<a class="pagination-next" rel="next" href="' . esc_url( get_pagenum_link( $paged + 1 ) ) . '"><span class="page-text">Nästa</span><span class="page-next"></span></a>';
	}
	$html .= '</div><div class="fusion-clearfix"></div>';
	echo $html; // phpcs:ignore
}

/**
 * fusion_link_pages(): wp_link_pages() as Avada calls it.
 */
function avenue_link_pages() {
	wp_link_pages(
		array(
			'before'      => '<div id="page-links"><p>Sidor:</p>',
			'after'       => '</div>',
			'link_before' => '<span class="page-number">',
			'link_after'  => '</span>',
			'pagelink'    => '%',
		)
	);
}

/* -------------------------------------------------------------------------
 * Single post extras: sharing box, author box, related posts.
 * ---------------------------------------------------------------------- */

/**
 * Avada's social sharing box.
 */
function avenue_social_sharing() {
	$url     = rawurlencode( get_permalink() );
	$title   = rawurlencode( html_entity_decode( wp_strip_all_tags( get_the_title() ), ENT_COMPAT, 'UTF-8' ) );
	$summary = rawurlencode( wp_trim_words( wp_strip_all_tags( strip_shortcodes( get_the_content() ) ), 55, '' ) );
	$nets    = array(
		'facebook' => array( 'Facebook', 'https://www.facebook.com/sharer.php?u=' . $url . '&amp;t=' . $title, '#3b5998' ),
		'twitter'  => array( 'Twitter', 'https://twitter.com/share?url=' . $url . '&amp;text=' . $title, '#55acee' ),
		'linkedin' => array( 'LinkedIn', 'https://www.linkedin.com/shareArticle?mini=true&amp;url=' . $url . '&amp;title=' . $title . '&amp;summary=' . $summary, '#0077b5' ),
		'whatsapp' => array( 'WhatsApp', 'https://api.whatsapp.com/send?text=' . $url, '#77e878' ),
		'mail'     => array( 'E-post', 'mailto:?body=' . $url . '&amp;subject=' . $title, '#000000' ),
	);
	echo '<div class="fusion-sharing-box fusion-theme-sharing-box fusion-single-sharing-box">';
	echo '<h4>Dela gärna det här inlägget!</h4>';
	echo '<div class="fusion-social-networks boxed-icons"><div class="fusion-social-networks-wrapper">';
	foreach ( $nets as $key => $net ) {
		$target = ( 'mail' === $key ) ? ' target="_self"' : ' target="_blank" rel="noopener noreferrer"';
		echo '<a class="fusion-social-network-icon fusion-tooltip fusion-' . esc_attr( $key ) . ' awb-icon-' . esc_attr( $key ) . '" style="color:#ffffff;background-color:' . esc_attr( $net[2] ) . ';border-color:' . esc_attr( $net[2] ) . ';" data-placement="top" data-title="' . esc_attr( $net[0] ) . '" data-toggle="tooltip" title="' . esc_attr( $net[0] ) . '" href="' . $net[1] . '"' . $target . '><span class="screen-reader-text">' . esc_html( $net[0] ) . '</span></a>'; // phpcs:ignore
	}
	echo '<div class="fusion-clearfix"></div></div></div></div>';
}

/**
 * The "about the author" section.
 */
function avenue_author_info() {
	?>
	<section class="about-author">
		<?php avenue_title_template( sprintf( 'Om författaren: %s', avenue_author_posts_link() ), '3' ); ?>
		<div class="about-author-container">
			<div class="avatar">
				<?php echo get_avatar( get_the_author_meta( 'user_email' ), 72 ); ?>
			</div>
			<div class="description">
				<?php the_author_meta( 'description' ); ?>
			</div>
		</div>
	</section>
	<?php
}

/**
 * fusion_get_related_posts() + templates/related-posts.php.
 */
function avenue_related_posts() {
	$post_id = get_the_ID();
	$cats    = wp_get_post_categories( $post_id );
	if ( empty( $cats ) ) {
		return;
	}
	$related_posts = new WP_Query(
		array(
			'category__in'        => $cats,
			'ignore_sticky_posts' => 0,
			'posts_per_page'      => AVENUE_RELATED_NUMBER,
			'post__not_in'        => array( $post_id ),
			'post_type'           => 'post',
		)
	);
	if ( $related_posts->have_posts() ) {
		include locate_template( 'templates/related-posts.php' );
	}
	wp_reset_postdata();
}

/* -------------------------------------------------------------------------
 * Comments: Avada_Template::comment_template().
 * ---------------------------------------------------------------------- */

/**
 * Avada's comment callback.
 *
 * @param WP_Comment $comment Comment.
 * @param array      $args    Args.
 * @param int        $depth   Depth.
 */
function avenue_comment( $comment, $args, $depth ) {
	$GLOBALS['comment'] = $comment; // phpcs:ignore WordPress.WP.GlobalVariablesOverride
	?>
	<li <?php comment_class(); ?> id="comment-<?php comment_ID(); ?>">
		<div class="the-comment">
			<div class="avatar"><?php echo get_avatar( $comment, 54 ); ?></div>
			<div class="comment-box">
				<div class="comment-author meta">
					<strong><?php echo get_comment_author_link( $comment ); ?></strong>
					<?php
					printf(
						esc_attr( '%1$s kl. %2$s' ),
						esc_html( avenue_sv_months( get_comment_date( 'j F Y', $comment ) ) ),
						esc_html( get_comment_time( 'H:i' ) )
					);

					edit_comment_link( ' - Redigera', '  ', '' );

					comment_reply_link(
						array_merge(
							$args,
							array(
								'reply_text'    => ' - Svara',
								'reply_to_text' => 'Svara till %s',
								'login_text'    => 'Logga in för att svara',
								'add_below'     => 'comment',
								'depth'         => $depth,
								'max_depth'     => $args['max_depth'],
							)
						)
					);
					?>
				</div>
				<div class="comment-text">
					<?php if ( '0' == $comment->comment_approved ) : // phpcs:ignore ?>
						<em>Din kommentar väntar på granskning.</em>
						<br />
					<?php endif; ?>
					<?php comment_text(); ?>
				</div>
			</div>
		</div>
	<?php
}

/* -------------------------------------------------------------------------
 * Widgets (emulated when no widgets are placed in the sidebars).
 * ---------------------------------------------------------------------- */

/**
 * Recent posts (WP_Widget_Recent_Posts markup).
 *
 * @param int  $number    Number.
 * @param bool $show_date Show date.
 * @return string
 */
function avenue_widget_recent_posts_list( $number = 5, $show_date = true ) {
	$posts = get_posts(
		array(
			'posts_per_page'      => $number,
			'no_found_rows'       => true,
			'post_status'         => 'publish',
			'ignore_sticky_posts' => true,
		)
	);
	if ( ! $posts ) {
		return '';
	}
	$html = '<ul>';
	foreach ( $posts as $recent ) {
		$title   = get_the_title( $recent->ID );
		$title   = ( '' !== $title ) ? $title : '(ingen rubrik)';
		$current = ( get_queried_object_id() === $recent->ID ) ? ' aria-current="page"' : '';
		$html   .= '<li><a href="' . esc_url( get_permalink( $recent->ID ) ) . '"' . $current . '>' . $title . '</a>';
		if ( $show_date ) {
			$html .= '<span class="post-date">' . esc_html( avenue_post_time( AVENUE_DATE_FORMAT, $recent ) ) . '</span>';
		}
		$html .= '</li>';
	}
	return $html . '</ul>';
}

/**
 * Recent comments (WP_Widget_Recent_Comments markup). Comments on
 * password-protected posts are left out.
 *
 * @param int $number Number.
 * @return string
 */
function avenue_widget_recent_comments_list( $number = 5 ) {
	$comments = get_comments(
		array(
			'number'      => $number * 3,
			'status'      => 'approve',
			'post_status' => 'publish',
		)
	);
	$html     = '<ul id="recentcomments">';
	$shown    = 0;
	foreach ( (array) $comments as $c ) {
		if ( $shown >= $number ) {
			break;
		}
		$parent = get_post( $c->comment_post_ID );
		if ( ! $parent || post_password_required( $parent ) ) {
			continue;
		}
		$html .= '<li class="recentcomments">' . sprintf(
			'%1$s om %2$s',
			'<span class="comment-author-link">' . get_comment_author_link( $c ) . '</span>',
			'<a href="' . esc_url( get_comment_link( $c ) ) . '">' . get_the_title( $parent ) . '</a>'
		) . '</li>';
		$shown++;
	}
	return $html . '</ul>';
}

/**
 * Newsletter form as the Mailchimp for WordPress plugin prints it.
 *
 * @param string $element_id Form element id.
 * @return string
 */
function avenue_newsletter_form( $element_id = 'mc4wp-form-1' ) {
	return '<script>(function() {
	window.mc4wp = window.mc4wp || { listeners: [], forms: { on: function(evt, cb) { window.mc4wp.listeners.push({ event: evt, callback: cb }); } } }
})();
</script><!-- Mailchimp for WordPress v4.8.1 - https://wordpress.org/plugins/mailchimp-for-wp/ --><form id="' . esc_attr( $element_id ) . '" class="mc4wp-form mc4wp-form-2154" method="post" data-id="2154" data-name="Nyhetsbrev" ><div class="mc4wp-form-fields"><p>
	<label for="mc4wp-email-' . esc_attr( $element_id ) . '">E-postadress</label>
	<input type="email" id="mc4wp-email-' . esc_attr( $element_id ) . '" name="EMAIL" placeholder="Din e-postadress" required />
</p>
<p>
	<label><input name="AGREE_TO_TERMS" type="checkbox" value="1" required=""> Jag godkänner att mina uppgifter hanteras enligt integritetspolicyn.</label>
</p>
<p>
	<input type="submit" value="Prenumerera" />
</p></div><label style="display: none !important;">Leave this field empty if you\'re human: <input type="text" name="_mc4wp_honeypot" value="" tabindex="-1" autocomplete="off" /></label><input type="hidden" name="_mc4wp_timestamp" value="1614600000" /><input type="hidden" name="_mc4wp_form_id" value="2154" /><input type="hidden" name="_mc4wp_form_element_id" value="' . esc_attr( $element_id ) . '" /><div class="mc4wp-response"></div></form><!-- / Mailchimp for WordPress Plugin -->';
}

/**
 * The blog sidebar (aside#sidebar), emulated widgets unless real ones exist.
 */
function avenue_sidebar() {
	?>
	<aside id="sidebar" class="sidebar fusion-widget-area fusion-content-widget-area fusion-sidebar-right fusion-blogsidebar" style="float: right;" data="">
		<?php if ( is_active_sidebar( 'avada-blog-sidebar' ) ) : ?>
			<?php dynamic_sidebar( 'avada-blog-sidebar' ); ?>
		<?php else : ?>
			<section id="search-2" class="widget widget_search">
				<?php get_search_form(); ?>
			</section>
			<section id="text-2" class="widget widget_text">
				<div class="heading"><h4 class="widget-title">Om bloggen</h4></div>
				<div class="textwidget"><p>Här skriver vår vd om boende, hyror, renoveringar och livet i våra bostadsområden. Har du frågor om din lägenhet? Kontakta kundservice på 021-10 20 30.</p>
				</div>
			</section>
			<section id="custom_html-3" class="widget_text widget widget_custom_html">
				<div class="heading"><h4 class="widget-title">Nyhetsbrev</h4></div>
				<div class="textwidget custom-html-widget"><p>Få vd-bloggens nya inlägg direkt i din inkorg.</p><?php echo avenue_newsletter_form( 'mc4wp-form-1' ); // phpcs:ignore ?></div>
			</section>
			<section id="categories-2" class="widget widget_categories">
				<div class="heading"><h4 class="widget-title">Kategorier</h4></div>
				<ul>
					<?php
					wp_list_categories(
						array(
							'title_li'   => '',
							'show_count' => 1,
						)
					);
					?>
				</ul>
			</section>
			<section id="archives-2" class="widget widget_archive">
				<div class="heading"><h4 class="widget-title">Arkiv</h4></div>
				<ul>
					<?php
					wp_get_archives(
						array(
							'type'            => 'monthly',
							'show_post_count' => 1,
						)
					);
					?>
				</ul>
			</section>
			<section id="tag_cloud-2" class="widget widget_tag_cloud">
				<div class="heading"><h4 class="widget-title">Etiketter</h4></div>
				<div class="tagcloud"><?php wp_tag_cloud( array( 'smallest' => 8, 'largest' => 16, 'unit' => 'pt' ) ); ?></div>
			</section>
		<?php endif; ?>
	</aside>
	<?php
}

/**
 * One footer widget column.
 *
 * @param int $col Column number 1-4.
 */
function avenue_footer_column( $col ) {
	if ( is_active_sidebar( 'avada-footer-widget-' . $col ) ) {
		dynamic_sidebar( 'avada-footer-widget-' . $col );
		return;
	}
	switch ( $col ) {
		case 1:
			echo '<section id="text-4" class="fusion-footer-widget-column widget widget_text"><h4 class="widget-title">' . esc_html( AVENUE_COMPANY ) . '</h4><div class="textwidget"><p>Vi äger och förvaltar drygt 12 000 hyreslägenheter och lokaler. Vårt uppdrag är att erbjuda trygga och hållbara boenden för alla.</p><p>Besöksadress: Stationsgatan 12, 722 15 Västerås<br />Telefon: 021-10 20 30</p></div><div style="clear:both;"></div></section>';
			break;
		case 2:
			echo '<section id="recent-posts-3" class="fusion-footer-widget-column widget widget_recent_entries"><h4 class="widget-title">Senaste inläggen</h4>' . avenue_widget_recent_posts_list( 5, true ) . '<div style="clear:both;"></div></section>'; // phpcs:ignore
			break;
		case 3:
			echo '<section id="recent-comments-2" class="fusion-footer-widget-column widget widget_recent_comments"><h4 class="widget-title">Senaste kommentarer</h4>' . avenue_widget_recent_comments_list( 5 ) . '<div style="clear:both;"></div></section>'; // phpcs:ignore
			break;
		default:
			echo '<section id="custom_html-5" class="widget_text fusion-footer-widget-column widget widget_custom_html"><h4 class="widget-title">Prenumerera</h4><div class="textwidget custom-html-widget"><p>Anmäl dig till vårt nyhetsbrev.</p>' . avenue_newsletter_form( 'mc4wp-form-2' ) . '</div><div style="clear:both;"></div></section>'; // phpcs:ignore
			break;
	}
}

/**
 * Avada's privacy (cookie) bar, printed in the footer.
 */
function avenue_privacy_bar() {
	?>
	<div class="fusion-privacy-bar fusion-privacy-bar-bottom">
		<div class="fusion-privacy-bar-main">
			<span>Vi använder cookies för att ge dig en så bra upplevelse som möjligt på vår webbplats. Genom att fortsätta använda webbplatsen godkänner du att vi använder cookies.
				<a href="#" class="fusion-privacy-bar-learn-more">Läs mer <i class="awb-icon-angle-down" aria-hidden="true"></i></a>
			</span>
			<a href="#" class="fusion-privacy-bar-acceptance fusion-button fusion-button-default fusion-button-default-size fusion-button-span-no" data-alt-text="Uppdatera inställningar" data-orig-text="Jag godkänner">
				Jag godkänner
			</a>
		</div>
		<div class="fusion-privacy-bar-full">
			<div class="fusion-row">
				<div class="fusion-columns row fusion-columns-2">
					<div class="fusion-column col-lg-6 col-md-6 col-sm-6">
						<h4 class="column-title">Nödvändiga cookies</h4>
						Dessa cookies behövs för att webbplatsen ska fungera och kan inte stängas av.
						<ul class="fusion-privacy-choices">
							<li>
								<label for="bar-cookies">
									<input id="bar-cookies" name="consents[]" type="checkbox" value="cookies" checked disabled>
									Cookies
								</label>
							</li>
						</ul>
					</div>
					<div class="fusion-column col-lg-6 col-md-6 col-sm-6">
						<h4 class="column-title">Inbäddat innehåll</h4>
						Vi bäddar ibland in filmer och kartor från tredje part.
						<ul class="fusion-privacy-choices">
							<li>
								<label for="bar-youtube">
									<input id="bar-youtube" name="consents[]" type="checkbox" value="youtube" checked>
									YouTube
								</label>
							</li>
							<li>
								<label for="bar-gmaps">
									<input id="bar-gmaps" name="consents[]" type="checkbox" value="gmaps" checked>
									Google Maps
								</label>
							</li>
						</ul>
					</div>
				</div>
			</div>
		</div>
	</div>
	<?php
}
add_action( 'wp_footer', 'avenue_privacy_bar', 20 );
