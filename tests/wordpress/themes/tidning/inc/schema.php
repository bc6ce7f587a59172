<?php
/**
 * Strukturerad data: NewsArticle som JSON-LD i <head> på enskilda inlägg.
 *
 * @package Tidning
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Skriver ut NewsArticle-schemat.
 */
function tidning_article_schema() {
	if ( ! is_singular( 'post' ) ) {
		return;
	}
	$post = get_queried_object();
	if ( ! $post instanceof WP_Post ) {
		return;
	}
	$permalink = get_permalink( $post );
	$author_id = (int) $post->post_author;
	$cats      = get_the_category( $post->ID );
	$tags      = get_the_tags( $post->ID );
	$protected = post_password_required( $post );

	$publisher = array(
		'@id'  => '#Publisher',
		'@type' => 'Organization',
		'name' => get_bloginfo( 'name' ),
		'logo' => array(
			'@type' => 'ImageObject',
			'url'   => has_custom_logo() ? wp_get_attachment_image_url( (int) get_theme_mod( 'custom_logo' ), 'full' ) : TIDNING_URI . '/images/logo.svg',
		),
	);

	$schema = array(
		'@context'           => 'http://schema.org',
		'@type'              => 'NewsArticle',
		'dateCreated'        => get_the_date( 'c', $post ),
		'datePublished'      => get_the_date( 'c', $post ),
		'dateModified'       => get_the_modified_date( 'c', $post ),
		'headline'           => wp_strip_all_tags( get_the_title( $post ) ),
		'name'               => wp_strip_all_tags( get_the_title( $post ) ),
		'keywords'           => $tags ? implode( ',', wp_list_pluck( $tags, 'name' ) ) : '',
		'url'                => $permalink,
		'description'        => $protected ? '' : wp_strip_all_tags( get_the_excerpt( $post ) ),
		'copyrightYear'      => get_the_date( 'Y', $post ),
		'articleSection'     => $cats ? implode( ',', wp_list_pluck( $cats, 'name' ) ) : '',
		'publisher'          => $publisher,
		'sourceOrganization' => array( '@id' => '#Publisher' ),
		'copyrightHolder'    => array( '@id' => '#Publisher' ),
		'mainEntityOfPage'   => array(
			'@type' => 'WebPage',
			'@id'   => $permalink,
		),
		'author'             => array(
			'@type' => 'Person',
			'name'  => get_the_author_meta( 'display_name', $author_id ),
			'url'   => get_author_posts_url( $author_id ),
		),
	);

	if ( ! $protected ) {
		$body = wp_strip_all_tags( strip_shortcodes( $post->post_content ) );
		$schema['articleBody'] = trim( preg_replace( '/\s+/u', ' ', $body ) );
	}

	if ( has_post_thumbnail( $post ) ) {
		$img = wp_get_attachment_image_src( get_post_thumbnail_id( $post ), 'full' );
		if ( $img ) {
			$schema['image'] = array(
				'@type'  => 'ImageObject',
				'url'    => $img[0],
				'width'  => $img[1],
				'height' => $img[2],
			);
		}
	}

	echo '<script type="application/ld+json">' . wp_json_encode( $schema, JSON_HEX_TAG ) . '</script>' . "\n";
}
add_action( 'wp_head', 'tidning_article_schema', 20 );
