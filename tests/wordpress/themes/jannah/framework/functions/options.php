<?php
/**
 * Theme options (the real theme stores these in the "tie_jannah_options" option;
 * here they are the saved values of this site, hard-coded).
 */

defined( 'ABSPATH' ) || exit; // Exit if accessed directly

if ( ! function_exists( 'tie_get_option' ) ) {

	function tie_get_option( $name, $default = false ) {

		static $options = null;

		if ( null === $options ) {
			$options = array(
				'time_format'            => 'traditional', // traditional | modern | none
				'time_type'              => 'published',
				'top_nav'                => true,
				'top_date'               => true,
				'todaydate_format'       => 'l j F Y',
				'breaking_news'          => true,
				'breaking_title'         => 'Senaste nytt',
				'breaking_number'        => 6,
				'breadcrumbs'            => true,
				'breadcrumbs_delimiter'  => '&#47;',
				'structure_data'         => true,
				'post_cats'              => true,
				'post_tags'              => true,
				'post_tags_layout'       => 'modern',
				'post_authorbio'         => true,
				'post_nav'               => true,
				'post_newsletter'        => true,
				'post_meta_author'       => true,
				'post_meta_avatar'       => true,
				'post_meta_modified'     => true,
				'post_meta_comments'     => true,
				'post_meta_views'        => true,
				'post_meta_reading'      => true,
				'related'                => true,
				'related_position'       => 'post',
				'related_number'         => 3,
				'related_query'          => 'category',
				'check_also'             => true,
				'check_also_position'    => 'right',
				'check_also_number'      => 1,
				'share_post_top'         => true,
				'share_post_bottom'      => true,
				'share_post_mobile'      => true,
				'share_title_bottom'     => true,
				'share_style_top'        => 'style_3',
				'share_style_bottom'     => '',
				'share_buttons'          => array( 'facebook', 'twitter', 'linkedin', 'email', 'print' ),
				'stream_below_content'   => true,
				'archives_excerpt_length'=> 25,
				'cookie_notice'          => true,
				'footer_widgets'         => true,
				'social'                 => array(
					'facebook' => 'https://www.facebook.com/bostadsbolaget',
					'twitter'  => 'https://twitter.com/bostadsbolaget',
					'linkedin' => 'https://www.linkedin.com/company/bostadsbolaget',
					'rss'      => '',
				),
			);
		}

		return isset( $options[ $name ] ) ? $options[ $name ] : $default;
	}
}


/**
 * Social networks known by the theme
 */
if ( ! function_exists( 'tie_social_networks' ) ) {

	function tie_social_networks() {
		return array(
			'rss'      => array( 'title' => 'RSS',      'icon' => 'tie-icon-feed',     'class' => 'rss' ),
			'facebook' => array( 'title' => 'Facebook', 'icon' => 'tie-icon-facebook', 'class' => 'facebook' ),
			'twitter'  => array( 'title' => 'Twitter',  'icon' => 'tie-icon-twitter',  'class' => 'twitter' ),
			'linkedin' => array( 'title' => 'LinkedIn', 'icon' => 'tie-icon-linkedin', 'class' => 'linkedin' ),
		);
	}
}


/**
 * Print the social icons list items
 */
if ( ! function_exists( 'tie_get_social' ) ) {

	function tie_get_social( $before = '<ul>', $after = "</ul> \n", $show_name = false ) {

		$social   = tie_get_option( 'social', array() );
		$networks = tie_social_networks();

		echo $before;

		foreach ( $social as $network => $link ) {

			if ( 'rss' === $network ) {
				$link = get_bloginfo( 'rss2_url' );
			}

			if ( empty( $link ) || empty( $networks[ $network ] ) ) {
				continue;
			}

			$data       = $networks[ $network ];
			$text_class = $show_name ? 'social-text' : 'screen-reader-text';

			echo '<li class="social-icons-item"><a class="social-link ' . esc_attr( $data['class'] ) . '-social-icon" rel="external noopener nofollow" target="_blank" href="' . esc_url( $link ) . '"><span class="tie-social-icon ' . esc_attr( $data['icon'] ) . '"></span><span class="' . $text_class . '">' . esc_html( $data['title'] ) . '</span></a></li>';
		}

		echo $after;
	}
}
