<?php
/**
 * Megameny: toppnivån visas i sidhuvudet, undernivån som en bred panel under
 * sidhuvudet. Panelen öppnas med knappen bredvid länken (se assets/js/main.js).
 *
 * @package Ledger
 */

defined( 'ABSPATH' ) || exit;

/**
 * Walker för huvudmenyn.
 */
class Ledger_Mega_Menu_Walker extends Walker_Nav_Menu {

	/**
	 * Senaste toppnivåpunkten – behövs när panelen öppnas i start_lvl().
	 *
	 * @var WP_Post|null
	 */
	protected $panel_parent = null;

	/**
	 * Start på en undernivå.
	 *
	 * @param string        $output Utdata.
	 * @param int           $depth  Djup.
	 * @param stdClass|null $args   Argument.
	 */
	public function start_lvl( &$output, $depth = 0, $args = null ) {
		if ( 0 === $depth && $this->panel_parent ) {
			$item = $this->panel_parent;
			$output .= ledger_mega_panel_open(
				'lg-mega-panel-' . $item->ID,
				$item->title,
				$item->description,
				$item->url
			);
			return;
		}
		$output .= '<ul class="lg-mega__sublist lg-mega__sublist--nested">';
	}

	/**
	 * Slut på en undernivå.
	 *
	 * @param string        $output Utdata.
	 * @param int           $depth  Djup.
	 * @param stdClass|null $args   Argument.
	 */
	public function end_lvl( &$output, $depth = 0, $args = null ) {
		$output .= ( 0 === $depth ) ? ledger_mega_panel_close() : '</ul>';
	}

	/**
	 * En menypunkt.
	 *
	 * @param string        $output            Utdata.
	 * @param WP_Post       $data_object       Menypunkt.
	 * @param int           $depth             Djup.
	 * @param stdClass|null $args              Argument.
	 * @param int           $current_object_id ID.
	 */
	public function start_el( &$output, $data_object, $depth = 0, $args = null, $current_object_id = 0 ) {
		$item      = $data_object;
		$classes   = empty( $item->classes ) ? array() : (array) $item->classes;
		$has_panel = in_array( 'menu-item-has-children', $classes, true );
		$current   = in_array( 'current-menu-item', $classes, true ) || in_array( 'current-menu-ancestor', $classes, true ) || in_array( 'current_page_parent', $classes, true );

		$title = apply_filters( 'the_title', $item->title, $item->ID );
		$title = apply_filters( 'nav_menu_item_title', $title, $item, $args, $depth );

		$atts = array(
			'href'   => ! empty( $item->url ) ? $item->url : '',
			'target' => ! empty( $item->target ) ? $item->target : '',
			'rel'    => ! empty( $item->xfn ) ? $item->xfn : '',
			'title'  => ! empty( $item->attr_title ) ? $item->attr_title : '',
		);
		if ( in_array( 'current-menu-item', $classes, true ) ) {
			$atts['aria-current'] = 'page';
		}
		$atts = apply_filters( 'nav_menu_link_attributes', $atts, $item, $args, $depth );

		$attr_string = '';
		foreach ( $atts as $name => $value ) {
			if ( '' === $value || null === $value ) {
				continue;
			}
			$value        = 'href' === $name ? esc_url( $value ) : esc_attr( $value );
			$attr_string .= ' ' . $name . '="' . $value . '"';
		}

		if ( 0 === $depth ) {
			$li_classes = array( 'lg-mega__item' );
			if ( $has_panel ) {
				$li_classes[] = 'lg-mega__item--has-panel';
			}
			if ( $current ) {
				$li_classes[] = 'is-current';
			}
			$output .= '<li class="' . esc_attr( implode( ' ', $li_classes ) ) . '">';
			$output .= '<a class="lg-mega__link"' . $attr_string . '>' . $title . '</a>';

			if ( $has_panel ) {
				$this->panel_parent = $item;
				$output            .= ledger_mega_toggle( 'lg-mega-panel-' . $item->ID, wp_strip_all_tags( $title ) );
			}
			return;
		}

		$output .= '<li class="lg-mega__subitem' . ( $current ? ' is-current' : '' ) . '">';
		$output .= '<a class="lg-mega__sublink"' . $attr_string . '>' . $title . '</a>';
	}

	/**
	 * Slut på en menypunkt.
	 *
	 * @param string        $output      Utdata.
	 * @param WP_Post       $data_object Menypunkt.
	 * @param int           $depth       Djup.
	 * @param stdClass|null $args        Argument.
	 */
	public function end_el( &$output, $data_object, $depth = 0, $args = null ) {
		$output .= '</li>';
	}
}

/**
 * Knappen som öppnar en megapanel.
 *
 * @param string $panel_id Panelens id.
 * @param string $label    Menypunktens namn.
 * @return string
 */
function ledger_mega_toggle( $panel_id, $label ) {
	return '<button type="button" class="lg-mega__toggle" aria-expanded="false" aria-controls="' . esc_attr( $panel_id ) . '">'
		/* translators: %s: menypunktens namn. */
		. '<span class="screen-reader-text">' . esc_html( sprintf( __( 'Visa undermeny för %s', 'ledger' ), $label ) ) . '</span>'
		. ledger_icon( 'chevron' )
		. '</button>';
}

/**
 * Öppna en megapanel (ingress till vänster, länkar till höger).
 *
 * @param string $panel_id    Id.
 * @param string $title       Rubrik.
 * @param string $description Beskrivning.
 * @param string $url         Sektionens adress.
 * @return string
 */
function ledger_mega_panel_open( $panel_id, $title, $description, $url ) {
	$html  = '<div class="lg-mega__panel" id="' . esc_attr( $panel_id ) . '">';
	$html .= '<div class="lg-container lg-mega__panel-inner">';
	$html .= '<div class="lg-mega__intro">';
	$html .= '<p class="lg-mega__intro-title">' . esc_html( wp_strip_all_tags( $title ) ) . '</p>';
	if ( $description ) {
		$html .= '<p class="lg-mega__intro-text">' . esc_html( $description ) . '</p>';
	}
	if ( $url ) {
		$html .= '<a class="lg-mega__intro-link" href="' . esc_url( $url ) . '">'
			/* translators: %s: sektionens namn. */
			. esc_html( sprintf( __( 'Gå till %s', 'ledger' ), wp_strip_all_tags( $title ) ) )
			. ledger_icon( 'arrow-right' ) . '</a>';
	}
	$html .= '</div>';
	$html .= '<ul class="lg-mega__sublist">';
	return $html;
}

/**
 * Stäng en megapanel.
 *
 * @return string
 */
function ledger_mega_panel_close() {
	return '</ul></div></div>';
}

/**
 * Standardstruktur för megamenyn när ingen meny är vald i Utseende → Menyer.
 * Motsvarar kundens informationsarkitektur från förstudien.
 *
 * @return array<int,array<string,mixed>>
 */
function ledger_default_sections() {
	$sections = array(
		array(
			'title' => __( 'Hyresgäst', 'ledger' ),
			'slug'  => 'hyresgast',
			'text'  => __( 'Allt du behöver veta när du bor hos oss – från felanmälan till flytt.', 'ledger' ),
			'links' => array(
				'felanmalan'       => __( 'Felanmälan', 'ledger' ),
				'hyra-och-avgifter' => __( 'Hyra och avgifter', 'ledger' ),
				'driftinformation' => __( 'Driftinformation', 'ledger' ),
				'tvattstuga'       => __( 'Tvättstuga och bokning', 'ledger' ),
				'trygghet'         => __( 'Trivsel och trygghet', 'ledger' ),
				'flytta'           => __( 'Flytta från oss', 'ledger' ),
			),
		),
		array(
			'title' => __( 'Bostadssök', 'ledger' ),
			'slug'  => 'bostadssok',
			'text'  => __( 'Hitta ditt nästa hem bland våra lediga lägenheter.', 'ledger' ),
			'links' => array(
				'lediga-lagenheter' => __( 'Lediga lägenheter', 'ledger' ),
				'sa-soker-du'       => __( 'Så söker du bostad', 'ledger' ),
				'bostadsko'         => __( 'Bostadskön', 'ledger' ),
				'student'           => __( 'Student- och ungdomsbostäder', 'ledger' ),
				'lokaler'           => __( 'Lokaler och parkering', 'ledger' ),
				'nyproduktion'      => __( 'Nyproduktion', 'ledger' ),
			),
		),
		array(
			'title' => __( 'Om oss', 'ledger' ),
			'slug'  => 'om-oss',
			'text'  => __( 'Vi är ett helägt kommunalt bostadsbolag med uppdrag att bygga och förvalta bostäder.', 'ledger' ),
			'links' => array(
				'uppdrag'       => __( 'Vårt uppdrag', 'ledger' ),
				'organisation'  => __( 'Organisation och styrelse', 'ledger' ),
				'hallbarhet'    => __( 'Hållbarhet', 'ledger' ),
				'jobba-hos-oss' => __( 'Jobba hos oss', 'ledger' ),
				'kontakt'       => __( 'Kontakta oss', 'ledger' ),
			),
		),
		array(
			'title' => __( 'Press', 'ledger' ),
			'slug'  => 'press',
			'text'  => __( 'Pressmeddelanden, pressbilder och kontaktuppgifter för media.', 'ledger' ),
			'links' => array(
				'pressmeddelanden' => __( 'Pressmeddelanden', 'ledger' ),
				'nyheter'          => __( 'Nyheter', 'ledger' ),
				'pressbilder'      => __( 'Pressbilder', 'ledger' ),
				'presskontakt'     => __( 'Presskontakt', 'ledger' ),
			),
		),
	);

	return apply_filters( 'ledger_default_sections', $sections );
}

/**
 * Reservmeny (fallback_cb för wp_nav_menu) med samma markup som walkern.
 *
 * @param array $args Argument från wp_nav_menu.
 * @return string
 */
function ledger_mega_menu_fallback( $args = array() ) {
	$html = '<ul id="lg-mega-list" class="lg-mega__list">';

	foreach ( ledger_default_sections() as $section ) {
		$url      = home_url( '/' . $section['slug'] . '/' );
		$panel_id = 'lg-mega-panel-' . $section['slug'];

		$html .= '<li class="lg-mega__item lg-mega__item--has-panel">';
		$html .= '<a class="lg-mega__link" href="' . esc_url( $url ) . '">' . esc_html( $section['title'] ) . '</a>';
		$html .= ledger_mega_toggle( $panel_id, $section['title'] );
		$html .= ledger_mega_panel_open( $panel_id, $section['title'], $section['text'], $url );
		foreach ( $section['links'] as $slug => $label ) {
			$html .= '<li class="lg-mega__subitem"><a class="lg-mega__sublink" href="' . esc_url( $url . $slug . '/' ) . '">' . esc_html( $label ) . '</a></li>';
		}
		$html .= ledger_mega_panel_close();
		$html .= '</li>';
	}

	// Bloggen: länk till VD-bloggen + de senaste inläggen i panelen.
	$blog_url   = ledger_blog_url();
	$blog_class = 'lg-mega__item lg-mega__item--has-panel' . ( ledger_is_blog_context() ? ' is-current' : '' );
	$html      .= '<li class="' . esc_attr( $blog_class ) . '">';
	$html      .= '<a class="lg-mega__link" href="' . esc_url( $blog_url ) . '"' . ( is_home() ? ' aria-current="page"' : '' ) . '>' . esc_html__( 'Blogg', 'ledger' ) . '</a>';
	$html      .= ledger_mega_toggle( 'lg-mega-panel-blogg', __( 'Blogg', 'ledger' ) );
	$html      .= ledger_mega_panel_open(
		'lg-mega-panel-blogg',
		__( 'VD-bloggen', 'ledger' ),
		__( 'Vår VD skriver om bostäder, samhällsbygge och vardagen i våra områden.', 'ledger' ),
		$blog_url
	);

	$recent = get_posts(
		array(
			'numberposts'      => 4,
			'post_status'      => 'publish',
			'has_password'     => false,
			'suppress_filters' => false,
		)
	);
	foreach ( $recent as $recent_post ) {
		$html .= '<li class="lg-mega__subitem"><a class="lg-mega__sublink" href="' . esc_url( get_permalink( $recent_post ) ) . '">'
			. esc_html( get_the_title( $recent_post ) )
			. '<span class="lg-mega__subdate">' . esc_html( get_the_date( ledger_date_format(), $recent_post ) ) . '</span></a></li>';
	}
	$html .= ledger_mega_panel_close();
	$html .= '</li>';
	$html .= '</ul>';

	if ( ! empty( $args['echo'] ) ) {
		echo $html; // phpcs:ignore WordPress.Security.EscapeOutput
		return '';
	}
	return $html;
}
