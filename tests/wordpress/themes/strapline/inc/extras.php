<?php
/**
 * Custom functions that act independently of the theme templates
 *
 * @package Strapline
 */

defined( 'ABSPATH' ) || exit;

add_filter( 'body_class', 'strapline_body_classes' );

if ( ! function_exists( 'strapline_body_classes' ) ) {
	/**
	 * Adds custom classes to the array of body classes.
	 *
	 * @param array $classes Classes for the body element.
	 * @return array
	 */
	function strapline_body_classes( $classes ) {
		if ( is_multi_author() ) {
			$classes[] = 'group-blog';
		}
		if ( ! is_singular() ) {
			$classes[] = 'hfeed';
		}
		if ( is_active_sidebar( 'right-sidebar' ) ) {
			$classes[] = 'has-right-sidebar';
		}
		return $classes;
	}
}

add_filter( 'get_custom_logo', 'strapline_change_logo_class' );

if ( ! function_exists( 'strapline_change_logo_class' ) ) {
	/**
	 * Replaces logo CSS class.
	 *
	 * @param string $html Markup.
	 * @return string
	 */
	function strapline_change_logo_class( $html ) {
		$html = str_replace( 'class="custom-logo"', 'class="img-fluid"', $html );
		$html = str_replace( 'class="custom-logo-link"', 'class="navbar-brand custom-logo-link"', $html );
		return $html;
	}
}

add_filter( 'the_password_form', 'strapline_password_form' );

if ( ! function_exists( 'strapline_password_form' ) ) {
	/**
	 * Bootstrap-styled password form. Keeps WordPress' fields and action.
	 *
	 * @param string $output Default form.
	 * @return string
	 */
	function strapline_password_form( $output ) {
		$post   = get_post();
		$label  = 'pwbox-' . ( empty( $post->ID ) ? wp_rand() : $post->ID );
		$output = '<form action="' . esc_url( site_url( 'wp-login.php?action=postpass', 'login_post' ) ) . '" class="post-password-form card card-body bg-light" method="post">'
			. '<p class="mb-3">' . esc_html__( 'Det här inlägget är lösenordsskyddat. Ange lösenordet nedan för att läsa det.', 'strapline' ) . '</p>'
			. '<div class="row g-2 align-items-end">'
			. '<div class="col-sm-8"><label class="form-label" for="' . esc_attr( $label ) . '">' . esc_html__( 'Lösenord:', 'strapline' ) . '</label>'
			. '<input class="form-control" name="post_password" id="' . esc_attr( $label ) . '" type="password" size="20" /></div>'
			. '<div class="col-sm-4"><input class="btn btn-primary w-100" type="submit" name="Submit" value="' . esc_attr_x( 'Skicka', 'post password form', 'strapline' ) . '" /></div>'
			. '</div></form>';
		return $output;
	}
}

add_filter( 'protected_title_format', 'strapline_protected_title_format' );

if ( ! function_exists( 'strapline_protected_title_format' ) ) {
	/**
	 * "Skyddat: %s".
	 *
	 * @return string
	 */
	function strapline_protected_title_format() {
		return __( 'Skyddat: %s', 'strapline' );
	}
}

add_filter( 'pre_get_avatar_data', 'strapline_local_avatar', 10, 2 );

if ( ! function_exists( 'strapline_local_avatar' ) ) {
	/**
	 * GDPR: no Gravatar requests. Every avatar is the theme's local placeholder.
	 *
	 * @param array $args        Avatar args.
	 * @param mixed $id_or_email User, comment, email…
	 * @return array
	 */
	function strapline_local_avatar( $args, $id_or_email ) {
		$args['url']          = get_template_directory_uri() . '/img/avatar.svg';
		$args['found_avatar'] = true;
		return $args;
	}
}

add_filter( 'get_the_archive_title', 'strapline_archive_title' );

if ( ! function_exists( 'strapline_archive_title' ) ) {
	/**
	 * Swedish archive titles without the "Category:" markup soup.
	 *
	 * @param string $title Title.
	 * @return string
	 */
	function strapline_archive_title( $title ) {
		if ( is_category() ) {
			/* translators: %s: category */
			$title = sprintf( __( 'Kategori: %s', 'strapline' ), '<span>' . single_cat_title( '', false ) . '</span>' );
		} elseif ( is_tag() ) {
			/* translators: %s: tag */
			$title = sprintf( __( 'Etikett: %s', 'strapline' ), '<span>' . single_tag_title( '', false ) . '</span>' );
		} elseif ( is_author() ) {
			/* translators: %s: author */
			$title = sprintf( __( 'Författare: %s', 'strapline' ), '<span class="vcard">' . get_the_author() . '</span>' );
		} elseif ( is_year() ) {
			/* translators: %s: year */
			$title = sprintf( __( 'År: %s', 'strapline' ), get_the_date( 'Y' ) );
		} elseif ( is_month() ) {
			/* translators: %s: month */
			$title = sprintf( __( 'Månad: %s', 'strapline' ), get_the_date( 'F Y' ) );
		} elseif ( is_day() ) {
			/* translators: %s: day */
			$title = sprintf( __( 'Dag: %s', 'strapline' ), get_the_date( 'j F Y' ) );
		}
		return $title;
	}
}
