<?php
/**
 * Yoast SEO:s huvud-utdata (meta, Open Graph, Twitter och schema-grafen),
 * som den riktiga sajten har från insticksprogrammet. Yoast skriver tider i
 * UTC ("+00:00"), inte i webbplatsens tidszon.
 *
 * @package HelloElementor
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

remove_action( 'wp_head', 'rel_canonical' );
remove_action( 'wp_head', 'wp_robots', 1 );

/**
 * Antal ord i ett inlägg (som Yoast räknar ungefär).
 *
 * @param WP_Post $post Inlägg.
 * @return int
 */
function bygge_word_count( $post ) {
	$text = trim( wp_strip_all_tags( strip_shortcodes( $post->post_content ) ) );
	if ( '' === $text ) {
		return 0;
	}
	$words = preg_split( '/\s+/u', $text );
	return is_array( $words ) ? count( $words ) : 0;
}

/**
 * JSON för schema-grafen.
 *
 * @param array $data Data.
 * @return string
 */
function bygge_schema_json( $data ) {
	$json = wp_json_encode( $data, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
	return str_replace( '</', '<\/', (string) $json );
}

/**
 * Skriver Yoast-blocket i wp_head.
 *
 * @return void
 */
function bygge_yoast_head() {
	$home      = home_url( '/' );
	$site_name = get_bloginfo( 'name' );
	$title     = wp_get_document_title();
	$org_id    = $home . '#organization';
	$site_id   = $home . '#website';
	$graph     = [];
	$meta      = [];
	$canonical = '';

	if ( is_singular() ) {
		$post      = get_queried_object();
		$canonical = wp_get_canonical_url( $post );
		$permalink = get_permalink( $post );
		$protected = post_password_required( $post );
		$is_post   = 'post' === $post->post_type;

		$meta[] = '<meta name="robots" content="index, follow, max-snippet:-1, max-image-preview:large, max-video-preview:-1" />';
		$meta[] = '<link rel="canonical" href="' . esc_url( $canonical ) . '" />';
		$meta[] = '<meta property="og:locale" content="sv_SE" />';
		$meta[] = '<meta property="og:type" content="' . ( $is_post ? 'article' : 'website' ) . '" />';
		$meta[] = '<meta property="og:title" content="' . esc_attr( $title ) . '" />';
		$description = '';
		if ( ! $protected ) {
			$description = has_excerpt( $post ) ? $post->post_excerpt : wp_trim_words( strip_shortcodes( $post->post_content ), 30, ' [&hellip;]' );
			$description = trim( wp_strip_all_tags( $description ) );
		}
		if ( '' !== $description ) {
			$meta[] = '<meta property="og:description" content="' . esc_attr( $description ) . '" />';
		}
		$meta[] = '<meta property="og:url" content="' . esc_url( $permalink ) . '" />';
		$meta[] = '<meta property="og:site_name" content="' . esc_attr( $site_name ) . '" />';
		if ( $is_post ) {
			$meta[] = '<meta property="article:publisher" content="https://www.facebook.com/byggekommunikation" />';
			$meta[] = '<meta property="article:published_time" content="' . esc_attr( get_post_time( 'c', true, $post ) ) . '" />';
			$meta[] = '<meta property="article:modified_time" content="' . esc_attr( get_post_modified_time( 'c', true, $post ) ) . '" />';
		}
		$thumb_id = (int) get_post_thumbnail_id( $post );
		$image    = $thumb_id ? wp_get_attachment_image_src( $thumb_id, 'full' ) : false;
		if ( $image ) {
			$meta[] = '<meta property="og:image" content="' . esc_url( $image[0] ) . '" />';
			$meta[] = "\t" . '<meta property="og:image:width" content="' . (int) $image[1] . '" />';
			$meta[] = "\t" . '<meta property="og:image:height" content="' . (int) $image[2] . '" />';
			$meta[] = "\t" . '<meta property="og:image:type" content="' . esc_attr( (string) get_post_mime_type( $thumb_id ) ) . '" />';
		}
		$author = get_userdata( (int) $post->post_author );
		$words  = $protected ? 0 : bygge_word_count( $post );
		if ( $is_post && $author ) {
			$meta[] = '<meta name="author" content="' . esc_attr( $author->display_name ) . '" />';
		}
		$meta[] = '<meta name="twitter:card" content="summary_large_image" />';
		if ( $is_post && $author ) {
			$meta[] = '<meta name="twitter:label1" content="Skriven av" />';
			$meta[] = "\t" . '<meta name="twitter:data1" content="' . esc_attr( $author->display_name ) . '" />';
			if ( $words ) {
				$minutes = max( 1, (int) ceil( $words / 200 ) );
				$meta[]  = "\t" . '<meta name="twitter:label2" content="Beräknad lästid" />';
				$meta[]  = "\t" . '<meta name="twitter:data2" content="' . esc_attr( 1 === $minutes ? '1 minut' : $minutes . ' minuter' ) . '" />';
			}
		}

		$webpage = [
			'@type'           => 'WebPage',
			'@id'             => $permalink,
			'url'             => $permalink,
			'name'            => html_entity_decode( $title, ENT_QUOTES, 'UTF-8' ),
			'isPartOf'        => [ '@id' => $site_id ],
			'datePublished'   => get_post_time( 'c', true, $post ),
			'dateModified'    => get_post_modified_time( 'c', true, $post ),
			'breadcrumb'      => [ '@id' => $permalink . '#breadcrumb' ],
			'inLanguage'      => 'sv-SE',
			'potentialAction' => [
				[
					'@type'  => 'ReadAction',
					'target' => [ $permalink ],
				],
			],
		];
		if ( $image ) {
			$webpage['primaryImageOfPage'] = [ '@id' => $permalink . '#primaryimage' ];
			$webpage['image']              = [ '@id' => $permalink . '#primaryimage' ];
			$webpage['thumbnailUrl']       = $image[0];
		}

		if ( $is_post && $author ) {
			$person_id = $home . '#/schema/person/' . md5( $author->user_login );
			$article   = [
				'@type'            => 'Article',
				'@id'              => $permalink . '#article',
				'isPartOf'         => [ '@id' => $permalink ],
				'author'           => [
					'name' => $author->display_name,
					'@id'  => $person_id,
				],
				'headline'         => $post->post_title,
				'datePublished'    => get_post_time( 'c', true, $post ),
				'dateModified'     => get_post_modified_time( 'c', true, $post ),
				'mainEntityOfPage' => [ '@id' => $permalink ],
			];
			if ( $words ) {
				$article['wordCount'] = $words;
			}
			if ( ! $protected ) {
				$article['commentCount'] = (int) get_comments_number( $post );
			}
			$article['publisher']    = [ '@id' => $org_id ];
			if ( $image ) {
				$article['image']        = [ '@id' => $permalink . '#primaryimage' ];
				$article['thumbnailUrl'] = $image[0];
			}
			$tags = get_the_tags( $post->ID );
			if ( $tags && ! is_wp_error( $tags ) ) {
				$article['keywords'] = wp_list_pluck( $tags, 'name' );
			}
			$cats = get_the_category( $post->ID );
			if ( $cats ) {
				$article['articleSection'] = wp_list_pluck( $cats, 'name' );
			}
			$article['inLanguage'] = 'sv-SE';
			if ( comments_open( $post ) ) {
				$article['potentialAction'] = [
					[
						'@type'  => 'CommentAction',
						'name'   => 'Comment',
						'target' => [ $permalink . '#respond' ],
					],
				];
			}
			$graph[] = $article;
		}
		$graph[] = $webpage;
		if ( $image ) {
			$graph[] = [
				'@type'      => 'ImageObject',
				'inLanguage' => 'sv-SE',
				'@id'        => $permalink . '#primaryimage',
				'url'        => $image[0],
				'contentUrl' => $image[0],
				'width'      => (int) $image[1],
				'height'     => (int) $image[2],
			];
		}
		$graph[] = [
			'@type'           => 'BreadcrumbList',
			'@id'             => $permalink . '#breadcrumb',
			'itemListElement' => [
				[
					'@type'    => 'ListItem',
					'position' => 1,
					'name'     => 'Hem',
					'item'     => $home,
				],
				[
					'@type'    => 'ListItem',
					'position' => 2,
					'name'     => $post->post_title,
				],
			],
		];
	} else {
		$paged = max( 1, (int) get_query_var( 'paged' ) );
		if ( ! is_search() && ! is_404() ) {
			$canonical = get_pagenum_link( $paged );
			$meta[]    = '<meta name="robots" content="index, follow, max-snippet:-1, max-image-preview:large, max-video-preview:-1" />';
			$meta[]    = '<link rel="canonical" href="' . esc_url( $canonical ) . '" />';
			global $wp_query;
			if ( $paged > 1 ) {
				$meta[] = '<link rel="prev" href="' . esc_url( get_pagenum_link( $paged - 1 ) ) . '" />';
			}
			if ( $paged < (int) $wp_query->max_num_pages ) {
				$meta[] = '<link rel="next" href="' . esc_url( get_pagenum_link( $paged + 1 ) ) . '" />';
			}
		} else {
			$meta[] = '<meta name="robots" content="noindex, follow" />';
		}
		$meta[] = '<meta property="og:locale" content="sv_SE" />';
		$meta[] = '<meta property="og:type" content="website" />';
		$meta[] = '<meta property="og:title" content="' . esc_attr( $title ) . '" />';
		if ( $canonical ) {
			$meta[] = '<meta property="og:url" content="' . esc_url( $canonical ) . '" />';
		}
		$meta[] = '<meta property="og:site_name" content="' . esc_attr( $site_name ) . '" />';
		$meta[] = '<meta name="twitter:card" content="summary_large_image" />';
		if ( $canonical ) {
			$graph[] = [
				'@type'      => 'CollectionPage',
				'@id'        => $canonical,
				'url'        => $canonical,
				'name'       => html_entity_decode( $title, ENT_QUOTES, 'UTF-8' ),
				'isPartOf'   => [ '@id' => $site_id ],
				'breadcrumb' => [ '@id' => $canonical . '#breadcrumb' ],
				'inLanguage' => 'sv-SE',
			];
		}
	}

	$graph[] = [
		'@type'           => 'WebSite',
		'@id'             => $site_id,
		'url'             => $home,
		'name'            => $site_name,
		'description'     => get_bloginfo( 'description' ),
		'publisher'       => [ '@id' => $org_id ],
		'potentialAction' => [
			[
				'@type'       => 'SearchAction',
				'target'      => [
					'@type'       => 'EntryPoint',
					'urlTemplate' => $home . '?s={search_term_string}',
				],
				'query-input' => 'required name=search_term_string',
			],
		],
		'inLanguage'      => 'sv-SE',
	];
	$graph[] = [
		'@type'  => 'Organization',
		'@id'    => $org_id,
		'name'   => 'Bygge Kommunikation AB',
		'url'    => $home,
		'logo'   => [
			'@type'      => 'ImageObject',
			'inLanguage' => 'sv-SE',
			'@id'        => $home . '#/schema/logo/image/',
			'url'        => get_template_directory_uri() . '/assets/images/logo-bygge.svg',
			'contentUrl' => get_template_directory_uri() . '/assets/images/logo-bygge.svg',
			'caption'    => 'Bygge Kommunikation AB',
		],
		'image'  => [ '@id' => $home . '#/schema/logo/image/' ],
		'sameAs' => [
			'https://www.linkedin.com/company/bygge-kommunikation/',
			'https://www.instagram.com/byggekommunikation/',
			'https://www.facebook.com/byggekommunikation',
		],
	];
	if ( is_singular( 'post' ) ) {
		$author = get_userdata( (int) get_queried_object()->post_author );
		if ( $author ) {
			$avatar  = (string) get_avatar_url( $author->ID, [ 'size' => 96 ] );
			$graph[] = [
				'@type'       => 'Person',
				'@id'         => $home . '#/schema/person/' . md5( $author->user_login ),
				'name'        => $author->display_name,
				'image'       => [
					'@type'      => 'ImageObject',
					'inLanguage' => 'sv-SE',
					'@id'        => $home . '#/schema/person/image/',
					'url'        => $avatar,
					'contentUrl' => $avatar,
					'caption'    => $author->display_name,
				],
				'description' => $author->description,
				'url'         => get_author_posts_url( $author->ID ),
			];
		}
	}

	echo "\n<!-- This site is optimized with the Yoast SEO plugin v19.10 - https://yoast.com/wordpress/plugins/seo/ -->\n";
	echo implode( "\n", $meta ) . "\n"; // phpcs:ignore
	echo '<script type="application/ld+json" class="yoast-schema-graph">' . bygge_schema_json( // phpcs:ignore
		[
			'@context' => 'https://schema.org',
			'@graph'   => $graph,
		]
	) . "</script>\n";
	echo "<!-- / Yoast SEO plugin. -->\n\n";
}
add_action( 'wp_head', 'bygge_yoast_head', 1 );
