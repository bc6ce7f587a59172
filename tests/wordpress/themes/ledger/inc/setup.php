<?php
/**
 * Grundinställningar för temat.
 *
 * @package Ledger
 */

defined( 'ABSPATH' ) || exit;

if ( ! isset( $content_width ) ) {
	$content_width = 760;
}

/**
 * Temastöd, menyer och bildstorlekar.
 */
function ledger_setup() {
	load_theme_textdomain( 'ledger', LEDGER_DIR . '/languages' );

	add_theme_support( 'automatic-feed-links' );
	add_theme_support( 'title-tag' );
	add_theme_support( 'post-thumbnails' );
	add_theme_support( 'responsive-embeds' );
	add_theme_support( 'align-wide' );
	add_theme_support( 'wp-block-styles' );
	add_theme_support(
		'html5',
		array( 'search-form', 'comment-form', 'comment-list', 'gallery', 'caption', 'style', 'script', 'navigation-widgets' )
	);
	add_theme_support(
		'custom-logo',
		array(
			'height'      => 80,
			'width'       => 260,
			'flex-height' => true,
			'flex-width'  => true,
		)
	);

	// Hero-bild för blogginlägg och kortbild för listningar.
	add_image_size( 'ledger-hero', 1920, 720, true );
	add_image_size( 'ledger-card', 720, 450, true );

	register_nav_menus(
		array(
			'primary' => __( 'Huvudmeny (megameny)', 'ledger' ),
			'utility' => __( 'Toppmeny (ovanför sidhuvudet)', 'ledger' ),
			'footer'  => __( 'Sidfotslänkar', 'ledger' ),
		)
	);

	// Redaktörens färgpalett = byråns grafiska profil.
	add_theme_support(
		'editor-color-palette',
		array(
			array(
				'name'  => __( 'Petrol', 'ledger' ),
				'slug'  => 'petrol',
				'color' => '#0b4f6c',
			),
			array(
				'name'  => __( 'Mörk petrol', 'ledger' ),
				'slug'  => 'petrol-dark',
				'color' => '#083a50',
			),
			array(
				'name'  => __( 'Solgul', 'ledger' ),
				'slug'  => 'sun',
				'color' => '#f2b705',
			),
			array(
				'name'  => __( 'Sand', 'ledger' ),
				'slug'  => 'sand',
				'color' => '#f5f1ea',
			),
			array(
				'name'  => __( 'Grafit', 'ledger' ),
				'slug'  => 'graphite',
				'color' => '#1f2a30',
			),
		)
	);
}
add_action( 'after_setup_theme', 'ledger_setup' );

/**
 * Widgetytor. Bloggen har en egen sidokolumn; sidfoten har en extra yta.
 */
function ledger_widgets_init() {
	$common = array(
		'before_widget' => '<section id="%1$s" class="lg-widget %2$s">',
		'after_widget'  => '</section>',
		'before_title'  => '<h2 class="lg-widget__title">',
		'after_title'   => '</h2>',
	);

	register_sidebar(
		array_merge(
			$common,
			array(
				'name'        => __( 'VD-bloggen – sidokolumn', 'ledger' ),
				'id'          => 'blog-sidebar',
				'description' => __( 'Visas bredvid inläggslistan i VD-bloggen (senaste inlägg, kategorier, arkiv …).', 'ledger' ),
			)
		)
	);

	register_sidebar(
		array_merge(
			$common,
			array(
				'name'          => __( 'Sidfot – extra kolumn', 'ledger' ),
				'id'            => 'footer-extra',
				'description'   => __( 'Valfri kolumn i sidfoten, t.ex. nyhetsbrev eller genvägar.', 'ledger' ),
				'before_title'  => '<h2 class="lg-footer__heading">',
			)
		)
	);
}
add_action( 'widgets_init', 'ledger_widgets_init' );

/**
 * Utdrag: kortare text i korten, och en diskret avslutning.
 *
 * @param int $length Antal ord.
 * @return int
 */
function ledger_excerpt_length( $length ) {
	if ( is_admin() ) {
		return $length;
	}
	return 26;
}
add_filter( 'excerpt_length', 'ledger_excerpt_length' );

/**
 * @param string $more Standardtext.
 * @return string
 */
function ledger_excerpt_more( $more ) {
	if ( is_admin() ) {
		return $more;
	}
	return '&hellip;';
}
add_filter( 'excerpt_more', 'ledger_excerpt_more' );

/**
 * Egna body-klasser som CSS:en bygger på.
 *
 * @param string[] $classes Klasser.
 * @return string[]
 */
function ledger_body_classes( $classes ) {
	$classes[] = 'lg-site';

	if ( ledger_is_blog_context() ) {
		$classes[] = 'lg-section-blog';
	}
	if ( is_singular() && has_post_thumbnail() && ! post_password_required() ) {
		$classes[] = 'lg-has-hero-image';
	}
	if ( is_active_sidebar( 'blog-sidebar' ) ) {
		$classes[] = 'lg-has-blog-sidebar';
	}

	return $classes;
}
add_filter( 'body_class', 'ledger_body_classes' );

/**
 * Lägg till fältet "Befattning" i användarprofilen. Används i kontaktpersonkortet.
 * (Byråns vanliga genväg: kontaktmetoderna syns redan i profilen.)
 *
 * @param string[] $methods Kontaktmetoder.
 * @return string[]
 */
function ledger_user_contactmethods( $methods ) {
	$methods['ledger_role'] = __( 'Befattning (visas i kontaktpersonkortet)', 'ledger' );
	return $methods;
}
add_filter( 'user_contactmethods', 'ledger_user_contactmethods' );

/**
 * Byråns egen utformning av lösenordsformuläret för skyddade inlägg.
 * Formuläret postar fortfarande till wp-login.php?action=postpass som vanligt.
 *
 * @param string $output Standardformuläret.
 * @return string
 */
function ledger_password_form( $output ) {
	$post  = get_post();
	$field = 'lg-pwd-' . ( $post ? $post->ID : wp_rand() );

	ob_start();
	?>
	<form action="<?php echo esc_url( site_url( 'wp-login.php?action=postpass', 'login_post' ) ); ?>" class="lg-form lg-password-form post-password-form" method="post">
		<div class="lg-password-form__icon" aria-hidden="true"><?php echo ledger_icon( 'lock' ); // phpcs:ignore WordPress.Security.EscapeOutput ?></div>
		<p class="lg-password-form__intro"><?php esc_html_e( 'Det här inlägget är lösenordsskyddat. Ange lösenordet för att läsa det.', 'ledger' ); ?></p>
		<div class="lg-form__row lg-form__row--inline">
			<label class="lg-form__label" for="<?php echo esc_attr( $field ); ?>"><?php esc_html_e( 'Lösenord', 'ledger' ); ?></label>
			<input class="lg-form__input" name="post_password" id="<?php echo esc_attr( $field ); ?>" type="password" spellcheck="false" size="20" autocomplete="current-password" />
			<button type="submit" name="Submit" class="lg-button lg-button--primary"><?php esc_html_e( 'Lås upp', 'ledger' ); ?></button>
		</div>
	</form>
	<?php
	// Allt på en rad: formuläret passerar the_content-filtren (wpautop) och får annars <br>/<p>.
	return trim( preg_replace( '/>\s+</', '><', ob_get_clean() ) );
}
add_filter( 'the_password_form', 'ledger_password_form' );
