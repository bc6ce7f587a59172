<?php
/**
 * Megameny: kategoripunkter på toppnivå utan undermeny får ett block med
 * kategorins senaste artiklar.
 *
 * @package Tidning
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Walker för huvudmenyn.
 */
class Tidning_Mega_Walker extends Walker_Nav_Menu {

	/** @var array<int, bool> */
	private $mega_items = array();

	/**
	 * Avgör om en menypunkt ska bli megameny.
	 *
	 * @param WP_Post $item  Menypunkt.
	 * @param int     $depth Djup.
	 * @return bool
	 */
	private function is_mega( $item, $depth ) {
		return 0 === $depth && 'taxonomy' === $item->type && 'category' === $item->object && ! $this->has_children;
	}

	/**
	 * {@inheritDoc}
	 */
	public function start_el( &$output, $data_object, $depth = 0, $args = null, $current_object_id = 0 ) {
		$item = $data_object;
		if ( 0 === $depth ) {
			$item->classes   = (array) $item->classes;
			$item->classes[] = 'td-menu-item';
			if ( $this->is_mega( $item, $depth ) ) {
				$item->classes[]                           = 'td-mega-menu';
				$this->mega_items[ (int) $item->ID ] = true;
			} else {
				$item->classes[] = 'td-normal-menu';
			}
		}
		parent::start_el( $output, $item, $depth, $args, $current_object_id );
	}

	/**
	 * {@inheritDoc}
	 */
	public function end_el( &$output, $data_object, $depth = 0, $args = null ) {
		if ( 0 === $depth && isset( $this->mega_items[ (int) $data_object->ID ] ) ) {
			$block = tidning_block_mega_menu( (int) $data_object->object_id );
			if ( $block ) {
				$output .= '<ul class="sub-menu"><li class="menu-item-0">' . $block . '</li></ul>';
			}
		}
		parent::end_el( $output, $data_object, $depth, $args );
	}
}

/**
 * Reservmeny när ingen huvudmeny är vald: Hem + de största kategorierna som megamenyer.
 *
 * @param array $args Argument från wp_nav_menu().
 */
function tidning_menu_fallback( $args = array() ) {
	$mobile = isset( $args['menu_class'] ) && false !== strpos( $args['menu_class'], 'td-mobile-main-menu' );
	$cats   = get_categories( array(
		'parent'     => 0,
		'hide_empty' => true,
		'orderby'    => 'count',
		'order'      => 'DESC',
		'number'     => 6,
	) );

	$id  = $mobile ? 'menu-td-demo-header-menu-1' : 'menu-td-demo-header-menu';
	$cls = $mobile ? 'td-mobile-main-menu' : 'sf-menu';
	echo '<div class="menu-td-demo-header-menu-container"><ul id="' . esc_attr( $id ) . '" class="' . esc_attr( $cls ) . '">';
	$home_current = ( is_front_page() || is_home() ) ? ' current-menu-item' : '';
	echo '<li class="menu-item menu-item-type-custom menu-item-object-custom' . esc_attr( $home_current ) . ' td-menu-item td-normal-menu menu-item-first"><a href="' . esc_url( home_url( '/' ) ) . '">' . esc_html__( 'Hem', 'tidning' ) . '</a></li>';
	foreach ( $cats as $cat ) {
		$current = ( is_category( $cat->term_id ) ) ? ' current-menu-item' : '';
		if ( $mobile ) {
			echo '<li class="menu-item menu-item-type-taxonomy menu-item-object-category' . esc_attr( $current ) . '"><a href="' . esc_url( get_category_link( $cat ) ) . '">' . esc_html( $cat->name ) . '</a></li>';
			continue;
		}
		echo '<li class="menu-item menu-item-type-taxonomy menu-item-object-category' . esc_attr( $current ) . ' td-menu-item td-mega-menu"><a href="' . esc_url( get_category_link( $cat ) ) . '">' . esc_html( $cat->name ) . '</a>';
		$block = tidning_block_mega_menu( $cat->term_id );
		if ( $block ) {
			echo '<ul class="sub-menu"><li class="menu-item-0">' . $block . '</li></ul>'; // phpcs:ignore WordPress.Security.EscapeOutput
		}
		echo '</li>';
	}
	echo '</ul></div>';
}
