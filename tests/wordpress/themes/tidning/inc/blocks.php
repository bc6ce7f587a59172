<?php
/**
 * Block (td_block_*) som ritar upp listor av inlägg.
 *
 * @package Tidning
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Hämtar inlägg till ett block.
 *
 * @param string $sort    latest|popular|comment_count|random.
 * @param int    $limit   Antal.
 * @param array  $extra   Extra frågeargument.
 * @return WP_Post[]
 */
function tidning_block_posts( $sort = 'latest', $limit = 5, $extra = array() ) {
	$args = array_merge( array(
		'post_type'           => 'post',
		'post_status'         => 'publish',
		'posts_per_page'      => $limit,
		'ignore_sticky_posts' => true,
		'no_found_rows'       => true,
	), $extra );

	if ( 'popular' === $sort ) {
		$args['meta_key'] = TIDNING_VIEWS_KEY; // phpcs:ignore WordPress.DB.SlowDBQuery
		$args['orderby']  = 'meta_value_num';
		$args['order']    = 'DESC';
		$posts            = get_posts( $args );
		if ( count( $posts ) < $limit ) {
			/* Fyll på med mest kommenterade när visningsstatistik saknas. */
			unset( $args['meta_key'] );
			$args['orderby']      = array( 'comment_count' => 'DESC', 'date' => 'DESC' );
			$args['post__not_in'] = array_merge( isset( $extra['post__not_in'] ) ? (array) $extra['post__not_in'] : array(), wp_list_pluck( $posts, 'ID' ) );
			$args['posts_per_page'] = $limit - count( $posts );
			$posts = array_merge( $posts, get_posts( $args ) );
		}
		return $posts;
	}
	if ( 'comment_count' === $sort ) {
		$args['orderby'] = array( 'comment_count' => 'DESC', 'date' => 'DESC' );
	}
	if ( 'random' === $sort ) {
		$args['orderby'] = 'rand';
	}
	return get_posts( $args );
}

/**
 * Skriver ut blockets JS-registrering (tdBlocksArray).
 *
 * @param string $uid        Block-ID.
 * @param string $block_type Blocktyp.
 * @param array  $atts       Attribut.
 * @return string
 */
function tidning_block_js( $uid, $block_type, $atts ) {
	$var = 'block_' . $uid;
	return '<script>var ' . $var . ' = new tdBlock();' . "\n"
		. $var . '.id = "' . $uid . '";' . "\n"
		. $var . ".atts = '" . wp_json_encode( $atts, JSON_HEX_APOS | JSON_HEX_TAG | JSON_UNESCAPED_UNICODE ) . "';\n"
		. $var . '.td_column_number = "1";' . "\n"
		. $var . '.block_type = "' . $block_type . '";' . "\n"
		. $var . '.post_count = "' . (int) $atts['limit'] . '";' . "\n"
		. 'tdBlocksArray.push(' . $var . ');' . "\n"
		. '</script>';
}

/**
 * td_block_7: titel + lista med td_module_6 (sidopanel, sidfot).
 *
 * @param string $title Blocktitel.
 * @param string $sort  Sortering.
 * @param int    $limit Antal.
 * @return string
 */
function tidning_block_7( $title, $sort = 'latest', $limit = 5 ) {
	$posts = tidning_block_posts( $sort, $limit );
	if ( empty( $posts ) ) {
		return '';
	}
	$uid = tidning_block_uid();
	$out = '<div class="td_block_wrap td_block_7 td_block_widget ' . $uid . '_rand td-pb-border-top td_block_template_1 td-column-1 td_block_padding" data-td-block-uid="' . $uid . '" >';
	$out .= tidning_block_js( $uid, 'td_block_7', array( 'custom_title' => $title, 'limit' => $limit, 'sort' => $sort, 'class' => 'td_block_widget ' . $uid . '_rand' ) );
	$out .= '<div class="td-block-title-wrap"><h4 class="block-title td-block-title"><span class="td-pulldown-size">' . esc_html( $title ) . '</span></h4></div>';
	$out .= '<div id="' . $uid . '" class="td_block_inner">';
	foreach ( $posts as $p ) {
		$out .= '<div class="td-block-span12">' . tidning_module( 'td_module_6', $p ) . '</div>';
	}
	$out .= '</div></div>';
	return $out;
}

/**
 * Nyhetsticker (td_block_trending_now).
 *
 * @return string
 */
function tidning_block_trending_now() {
	$posts = tidning_block_posts( 'latest', 5 );
	if ( empty( $posts ) ) {
		return '';
	}
	$uid = tidning_block_uid();
	$out = '<div class="td_block_wrap td_block_trending_now ' . $uid . '_rand td_block_template_1" data-td-block-uid="' . $uid . '" >';
	$out .= '<div class="td_block_inner"><div class="td-trending-now-wrapper" id="' . $uid . '" data-start="">';
	$out .= '<div class="td-trending-now-title">' . esc_html__( 'Just nu', 'tidning' ) . '</div>';
	$out .= '<div class="td-trending-now-display-area">';
	foreach ( $posts as $i => $p ) {
		$out .= str_replace( 'td-trending-now-post"', 'td-trending-now-post-' . (int) $i . ' td-trending-now-post"', tidning_module( 'td_module_trending_now', $p ) );
	}
	$out .= '</div>';
	$out .= '<div class="td-next-prev-wrap"><a href="#" class="td-trending-now-nav-left" data-block-id="' . $uid . '" data-moving="left" data-control-start=""><i class="td-icon-menu-left"></i></a><a href="#" class="td-trending-now-nav-right" data-block-id="' . $uid . '" data-moving="right" data-control-start=""><i class="td-icon-menu-right"></i></a></div>';
	$out .= '</div></div></div>';
	return $out;
}

/**
 * Megamenyblock för en kategori.
 *
 * @param int $cat_id Kategori-ID.
 * @return string
 */
function tidning_block_mega_menu( $cat_id ) {
	$posts = tidning_block_posts( 'latest', 5, array( 'cat' => (int) $cat_id ) );
	if ( empty( $posts ) ) {
		return '';
	}
	$uid = tidning_block_uid();
	$out = '<div class="td-container-border"><div class="td-mega-grid">';
	$out .= '<div class="td_block_wrap td_block_mega_menu ' . $uid . '_rand td_with_ajax_pagination td-pb-border-top td_block_template_1" data-td-block-uid="' . $uid . '" >';
	$out .= '<div id="' . $uid . '" class="td_block_inner"><div class="td-mega-row">';
	foreach ( $posts as $p ) {
		$out .= '<div class="td-mega-span">' . tidning_module( 'td_module_mega_menu', $p ) . '</div>';
	}
	$out .= '</div></div>';
	$out .= '<div class="td-next-prev-wrap"><a href="#" class="td-ajax-prev-page ajax-page-disabled" id="prev-page-' . $uid . '" data-td_block_id="' . $uid . '"><i class="td-icon-font td-icon-menu-left"></i></a><a href="#"  class="td-ajax-next-page" id="next-page-' . $uid . '" data-td_block_id="' . $uid . '"><i class="td-icon-font td-icon-menu-right"></i></a></div>';
	$out .= '<div class="clearfix"></div></div></div></div>';
	return $out;
}

/**
 * Relaterade artiklar under en artikel.
 *
 * @param int $post_id Inläggs-ID.
 */
function tidning_related_posts( $post_id ) {
	$cats  = wp_get_post_categories( $post_id );
	$posts = tidning_block_posts( 'latest', 3, array(
		'category__in' => $cats,
		'post__not_in' => array( $post_id ),
	) );
	if ( count( $posts ) < 3 ) {
		$posts = array_merge( $posts, tidning_block_posts( 'latest', 3 - count( $posts ), array(
			'post__not_in' => array_merge( array( $post_id ), wp_list_pluck( $posts, 'ID' ) ),
		) ) );
	}
	if ( empty( $posts ) ) {
		return;
	}
	$uid = tidning_block_uid();
	echo '<div class="td_block_wrap td_block_related_posts ' . esc_attr( $uid ) . '_rand td_with_ajax_pagination td-pb-border-top td_block_template_1"  data-td-block-uid="' . esc_attr( $uid ) . '" >';
	echo tidning_block_js( $uid, 'td_block_related_posts', array( 'limit' => 3, 'ajax_pagination' => 'next_prev', 'live_filter' => 'cur_post_same_categories', 'td_ajax_filter_type' => 'td_custom_related', 'live_filter_cur_post_id' => $post_id ) ); // phpcs:ignore WordPress.Security.EscapeOutput
	echo '<h4 class="td-related-title td-block-title"><a id="' . esc_attr( $uid ) . '_title" class="td-related-left td-cur-simple-item" data-td_filter_value="" data-td_block_id="' . esc_attr( $uid ) . '" href="#">' . esc_html__( 'Relaterade artiklar', 'tidning' ) . '</a><a id="' . esc_attr( $uid ) . '_author" class="td-related-right" data-td_filter_value="td_related_more_from_author" data-td_block_id="' . esc_attr( $uid ) . '" href="#">' . esc_html__( 'Mer från författaren', 'tidning' ) . '</a></h4>';
	echo '<div id="' . esc_attr( $uid ) . '" class="td_block_inner">';
	echo '<div class="td-related-row">';
	foreach ( $posts as $p ) {
		echo '<div class="td-related-span4">' . tidning_module( 'td_module_related_posts', $p ) . '</div>'; // phpcs:ignore WordPress.Security.EscapeOutput
	}
	echo '</div><!--./row-fluid-->';
	echo '</div>';
	echo '<div class="td-next-prev-wrap"><a href="#" class="td-ajax-prev-page ajax-page-disabled" id="prev-page-' . esc_attr( $uid ) . '" data-td_block_id="' . esc_attr( $uid ) . '"><i class="td-icon-font td-icon-menu-left"></i></a><a href="#"  class="td-ajax-next-page" id="next-page-' . esc_attr( $uid ) . '" data-td_block_id="' . esc_attr( $uid ) . '"><i class="td-icon-font td-icon-menu-right"></i></a></div>';
	echo '</div> <!-- ./block -->';
}

/**
 * Stort rutnät (td_block_big_grid_1) överst i kategoriarkiv.
 *
 * @param int $cat_id Kategori-ID.
 */
function tidning_big_grid( $cat_id ) {
	$posts = tidning_block_posts( 'latest', 4, array( 'cat' => (int) $cat_id ) );
	if ( count( $posts ) < 2 ) {
		return;
	}
	$uid = tidning_block_uid();
	echo '<div class="td-category-grid td-container-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span12">';
	echo '<div class="td_block_wrap td_block_big_grid_1 ' . esc_attr( $uid ) . '_rand td-grid-style-1 td-hover-1 td-big-grids td-pb-border-top td_block_template_1" data-td-block-uid="' . esc_attr( $uid ) . '" >';
	echo '<div id="' . esc_attr( $uid ) . '" class="td_block_inner"><div class="td-big-grid-wrapper">';
	foreach ( $posts as $i => $p ) {
		echo tidning_module( 0 === $i ? 'td_module_mx1' : 'td_module_mx2', $p ); // phpcs:ignore WordPress.Security.EscapeOutput
	}
	echo '</div><div class="clearfix"></div></div></div>';
	echo '</div></div></div></div>';
}

/**
 * Listning i modulrutnät: första inlägget som stort kort, resten två och två.
 */
function tidning_render_loop() {
	$i = 0;
	$open = false;
	while ( have_posts() ) {
		the_post();
		if ( 0 === $i ) {
			echo '<div class="td-block-row"><div class="td-block-span12">' . tidning_module( 'td_module_1', get_post() ) . '</div></div>'; // phpcs:ignore WordPress.Security.EscapeOutput
		} else {
			if ( 1 === $i % 2 ) {
				echo '<div class="td-block-row">';
				$open = true;
			}
			echo '<div class="td-block-span6">' . tidning_module( 'td_module_2', get_post() ) . '</div>'; // phpcs:ignore WordPress.Security.EscapeOutput
			if ( 0 === $i % 2 ) {
				echo '</div><!--./row-fluid-->';
				$open = false;
			}
		}
		$i++;
	}
	if ( $open ) {
		echo '</div><!--./row-fluid-->';
	}
}
