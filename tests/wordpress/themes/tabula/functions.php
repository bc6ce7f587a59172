<?php
/**
 * Tabula: funktioner.
 *
 * Så lite som möjligt: stöd för rubrik, flöden och utvald bild, en meny,
 * ett widgetområde i foten, stilmallen, och den kommentarsvandrare som
 * gör kommentarerna till en definitionslista.
 *
 * @package Tabula
 */

if ( ! isset( $content_width ) ) {
	$content_width = 612;
}

/**
 * Temats grundinställningar.
 */
function tabula_setup() {
	load_theme_textdomain( 'tabula', get_template_directory() . '/languages' );

	add_theme_support( 'title-tag' );
	add_theme_support( 'automatic-feed-links' );
	add_theme_support( 'post-thumbnails' );
	add_theme_support( 'responsive-embeds' );
	add_theme_support(
		'html5',
		array( 'comment-form', 'comment-list', 'search-form', 'gallery', 'caption', 'style', 'script' )
	);

	register_nav_menus(
		array(
			'huvudmeny' => __( 'Huvudmeny', 'tabula' ),
		)
	);
}
add_action( 'after_setup_theme', 'tabula_setup' );

/**
 * Ett enda widgetområde, i sidfoten. Inga klasser, bara section och h2.
 */
function tabula_widgets_init() {
	register_sidebar(
		array(
			'name'          => __( 'Sidfot', 'tabula' ),
			'id'            => 'sidfot',
			'description'   => __( 'Visas längst ned på varje sida.', 'tabula' ),
			'before_widget' => '<section id="%1$s">',
			'after_widget'  => '</section>',
			'before_title'  => '<h2>',
			'after_title'   => '</h2>',
		)
	);
}
add_action( 'widgets_init', 'tabula_widgets_init' );

/**
 * En stilmall, och svarsskriptet där trådade kommentarer används.
 */
function tabula_scripts() {
	wp_enqueue_style( 'tabula', get_stylesheet_uri(), array(), wp_get_theme()->get( 'Version' ) );

	if ( is_singular() && comments_open() && get_option( 'thread_comments' ) ) {
		wp_enqueue_script( 'comment-reply' );
	}
}
add_action( 'wp_enqueue_scripts', 'tabula_scripts' );

/*
 * Inga emojiskript, ingen generatorrad och inga duotone-SVG:er överst i body.
 */
remove_action( 'wp_head', 'print_emoji_detection_script', 7 );
remove_action( 'wp_print_styles', 'print_emoji_styles' );
remove_action( 'wp_head', 'wp_generator' );
remove_action( 'wp_body_open', 'wp_global_styles_render_svg_filters' );

/**
 * Pingback-adressen i huvudet, för inlägg som tar emot pingbacks.
 */
function tabula_pingback_header() {
	if ( is_singular() && pings_open() ) {
		printf( '<link rel="pingback" href="%s">' . "\n", esc_url( get_bloginfo( 'pingback_url' ) ) );
	}
}
add_action( 'wp_head', 'tabula_pingback_header' );

/**
 * Menyposterna får inga klasser eller id:n; aria-current sätter WordPress själv.
 *
 * @param array    $classes Klasser.
 * @param WP_Post  $item    Menypost.
 * @param stdClass $args    Argument till wp_nav_menu().
 * @return array
 */
function tabula_menu_classes( $classes, $item, $args ) {
	if ( isset( $args->theme_location ) && 'huvudmeny' === $args->theme_location ) {
		return array();
	}
	return $classes;
}
add_filter( 'nav_menu_css_class', 'tabula_menu_classes', 10, 3 );

/**
 * Se ovan.
 *
 * @param string   $id   Id.
 * @param WP_Post  $item Menypost.
 * @param stdClass $args Argument till wp_nav_menu().
 * @return string
 */
function tabula_menu_item_id( $id, $item, $args ) {
	if ( isset( $args->theme_location ) && 'huvudmeny' === $args->theme_location ) {
		return '';
	}
	return $id;
}
add_filter( 'nav_menu_item_id', 'tabula_menu_item_id', 10, 3 );

/**
 * Datumformatet för inlägg, t.ex. "14 september 2018".
 *
 * @return string
 */
function tabula_date_format() {
	return _x( 'j F Y', 'datumformat för inlägg', 'tabula' );
}

/**
 * Datum- och tidsformatet för kommentarer, t.ex. "14 september 2018 kl. 10:12".
 *
 * @return string
 */
function tabula_comment_date_format() {
	return _x( 'j F Y \k\l. H:i', 'datumformat för kommentarer', 'tabula' );
}

/**
 * Ett <time>-element för inläggets publiceringsdatum.
 *
 * @param int|WP_Post|null $post Inlägg.
 * @return string
 */
function tabula_time( $post = null ) {
	return sprintf(
		'<time datetime="%1$s">%2$s</time>',
		esc_attr( get_the_date( 'c', $post ) ),
		esc_html( get_the_date( tabula_date_format(), $post ) )
	);
}

/**
 * Brödsmulor: Hem › kategori › rubrik (sidor: Hem › förälder › rubrik).
 */
function tabula_breadcrumbs() {
	$post = get_queried_object();
	if ( ! $post instanceof WP_Post ) {
		return;
	}

	$crumbs = array(
		sprintf( '<a href="%1$s" rel="home">%2$s</a>', esc_url( home_url( '/' ) ), esc_html__( 'Hem', 'tabula' ) ),
	);

	if ( 'post' === $post->post_type ) {
		$categories = get_the_category( $post->ID );
		if ( $categories ) {
			$crumbs[] = sprintf(
				'<a href="%1$s">%2$s</a>',
				esc_url( get_category_link( $categories[0] ) ),
				esc_html( $categories[0]->name )
			);
		}
	} elseif ( 'attachment' === $post->post_type && $post->post_parent ) {
		$crumbs[] = sprintf(
			'<a href="%1$s">%2$s</a>',
			esc_url( get_permalink( $post->post_parent ) ),
			wp_kses_post( get_the_title( $post->post_parent ) )
		);
	} elseif ( is_post_type_hierarchical( $post->post_type ) ) {
		foreach ( array_reverse( get_post_ancestors( $post ) ) as $ancestor ) {
			$crumbs[] = sprintf(
				'<a href="%1$s">%2$s</a>',
				esc_url( get_permalink( $ancestor ) ),
				wp_kses_post( get_the_title( $ancestor ) )
			);
		}
	}

	$crumbs[] = wp_kses_post( get_the_title( $post ) );

	printf(
		'<nav aria-label="%1$s">%2$s</nav>' . "\n",
		esc_attr__( 'Brödsmulor', 'tabula' ),
		implode( ' › ', $crumbs ) // Redan escapat ovan.
	);
}

/**
 * Rubriken över en lista: arkiv, sökning eller bloggsidan.
 *
 * @return string Ren text, ej escapad.
 */
function tabula_listing_title() {
	if ( is_search() ) {
		/* translators: %s: sökord */
		return sprintf( __( 'Sökresultat för ”%s”', 'tabula' ), get_search_query( false ) );
	}
	if ( is_category() ) {
		/* translators: %s: kategori */
		return sprintf( __( 'Kategori: %s', 'tabula' ), single_cat_title( '', false ) );
	}
	if ( is_tag() ) {
		/* translators: %s: etikett */
		return sprintf( __( 'Etikett: %s', 'tabula' ), single_tag_title( '', false ) );
	}
	if ( is_author() ) {
		/* translators: %s: författarens namn */
		return sprintf( __( 'Skrivet av %s', 'tabula' ), get_the_author_meta( 'display_name', get_queried_object_id() ) );
	}
	if ( is_day() ) {
		/* translators: %s: datum */
		return sprintf( __( 'Arkiv för %s', 'tabula' ), get_the_date( tabula_date_format() ) );
	}
	if ( is_month() ) {
		/* translators: %s: månad och år */
		return sprintf( __( 'Arkiv för %s', 'tabula' ), get_the_date( _x( 'F Y', 'månadsarkiv', 'tabula' ) ) );
	}
	if ( is_year() ) {
		/* translators: %s: år */
		return sprintf( __( 'Arkiv för %s', 'tabula' ), get_the_date( _x( 'Y', 'årsarkiv', 'tabula' ) ) );
	}
	if ( is_home() && ! is_front_page() ) {
		return single_post_title( '', false );
	}
	if ( is_archive() ) {
		return wp_strip_all_tags( get_the_archive_title() );
	}
	return '';
}

/**
 * Kommentarsformulärets fält, utan klasser.
 *
 * @return array
 */
function tabula_comment_fields() {
	$commenter = wp_get_current_commenter();
	$req       = (bool) get_option( 'require_name_email' );
	$required  = $req ? ' required' : '';

	$fields = array(
		'author' => sprintf(
			'<p><label for="author">%1$s</label> <input id="author" name="author" type="text" value="%2$s" size="30" maxlength="245" autocomplete="name"%3$s></p>',
			esc_html__( 'Namn', 'tabula' ),
			esc_attr( $commenter['comment_author'] ),
			$required
		),
		'email'  => sprintf(
			'<p><label for="email">%1$s</label> <input id="email" name="email" type="email" value="%2$s" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email"%3$s></p>',
			esc_html__( 'E-post', 'tabula' ),
			esc_attr( $commenter['comment_author_email'] ),
			$required
		),
		'url'    => sprintf(
			'<p><label for="url">%1$s</label> <input id="url" name="url" type="url" value="%2$s" size="30" maxlength="200" autocomplete="url"></p>',
			esc_html__( 'Webbplats', 'tabula' ),
			esc_attr( $commenter['comment_author_url'] )
		),
	);

	if ( has_action( 'set_comment_cookies', 'wp_set_comment_cookies' ) && get_option( 'show_comments_cookies_opt_in' ) ) {
		$fields['cookies'] = sprintf(
			'<p><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"%1$s> <label for="wp-comment-cookies-consent">%2$s</label></p>',
			empty( $commenter['comment_author_email'] ) ? '' : ' checked',
			esc_html__( 'Spara mitt namn, min e-postadress och webbplats i den här webbläsaren till nästa gång jag kommenterar.', 'tabula' )
		);
	}

	return $fields;
}

/**
 * Kommentarsformuläret, under rubriken "Kommentera".
 */
function tabula_comment_form() {
	$req   = (bool) get_option( 'require_name_email' );
	$notes = __( 'Din e-postadress publiceras inte.', 'tabula' );
	if ( $req ) {
		$notes .= ' ' . __( 'Namn och e-post måste fyllas i.', 'tabula' );
	}

	comment_form(
		array(
			'fields'               => tabula_comment_fields(),
			'comment_field'        => sprintf(
				'<p><label for="comment">%s</label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>',
				esc_html__( 'Kommentar', 'tabula' )
			),
			'comment_notes_before' => '<p id="email-notes">' . esc_html( $notes ) . '</p>',
			'comment_notes_after'  => '',
			'title_reply'          => __( 'Kommentera', 'tabula' ),
			/* translators: %s: namnet på den som besvaras */
			'title_reply_to'       => __( 'Svara %s', 'tabula' ),
			'title_reply_before'   => '<h2 id="reply-title">',
			'title_reply_after'    => '</h2>',
			'cancel_reply_before'  => ' ',
			'cancel_reply_after'   => '',
			'cancel_reply_link'    => __( '(avbryt)', 'tabula' ),
			'label_submit'         => __( 'Skicka', 'tabula' ),
			'submit_button'        => '<button name="%1$s" type="submit" id="%2$s">%4$s</button>',
			'submit_field'         => '<p>%1$s %2$s</p>',
		)
	);
}

/**
 * Kommentarer som definitionslista.
 *
 *   <dt id="comment-N">Namn, <a href="…#comment-N"><time>…</time></a></dt>
 *   <dd>
 *     <p>texten</p>
 *     <p id="svar-N"><a>Svara</a></p>
 *     <dl> … svaren … </dl>
 *   </dd>
 *
 * Pingbacks och trackbacks: <dt>Pingback från <a>webbplats</a></dt><dd></dd>.
 *
 * Walker_Comment skriver li/div beroende på 'style'; här skriver vi själva
 * både öppning och stängning av dt/dd och låter nivåerna bli nästlade dl.
 */
class Tabula_Walker_Comment extends Walker_Comment {

	/**
	 * Ny nivå: en nästlad dl inne i förälderns dd.
	 *
	 * @param string $output Utdata.
	 * @param int    $depth  Djup.
	 * @param array  $args   Argument.
	 */
	public function start_lvl( &$output, $depth = 0, $args = array() ) {
		$GLOBALS['comment_depth'] = $depth + 1;
		$output                  .= "<dl>\n";
	}

	/**
	 * Slut på nivån.
	 *
	 * @param string $output Utdata.
	 * @param int    $depth  Djup.
	 * @param array  $args   Argument.
	 */
	public function end_lvl( &$output, $depth = 0, $args = array() ) {
		$GLOBALS['comment_depth'] = $depth + 1;
		$output                  .= "</dl>\n";
	}

	/**
	 * En kommentar: dt och öppningen av dd.
	 *
	 * @param string     $output            Utdata.
	 * @param WP_Comment $data_object       Kommentaren.
	 * @param int        $depth             Djup.
	 * @param array      $args              Argument.
	 * @param int        $current_object_id Id.
	 */
	public function start_el( &$output, $data_object, $depth = 0, $args = array(), $current_object_id = 0 ) {
		$comment = $data_object;

		$depth++;
		$GLOBALS['comment_depth'] = $depth;
		$GLOBALS['comment']       = $comment;

		if ( 'pingback' === $comment->comment_type || 'trackback' === $comment->comment_type ) {
			$output .= $this->ping_markup( $comment );
		} else {
			$output .= $this->comment_markup( $comment, $depth, $args );
		}
	}

	/**
	 * Stänger dd (och därmed eventuella svar, som ligger i den).
	 *
	 * @param string     $output      Utdata.
	 * @param WP_Comment $data_object Kommentaren.
	 * @param int        $depth       Djup.
	 * @param array      $args        Argument.
	 */
	public function end_el( &$output, $data_object, $depth = 0, $args = array() ) {
		$output .= "</dd>\n";
	}

	/**
	 * Pingback eller trackback.
	 *
	 * @param WP_Comment $comment Kommentaren.
	 * @return string
	 */
	protected function ping_markup( $comment ) {
		$site = esc_html( get_comment_author( $comment ) );
		$url  = get_comment_author_url( $comment );
		if ( $url ) {
			$site = sprintf( '<a href="%1$s" rel="external nofollow ugc">%2$s</a>', esc_url( $url ), $site );
		}

		if ( 'trackback' === $comment->comment_type ) {
			/* translators: %s: länkande webbplats */
			$label = esc_html__( 'Trackback från %s', 'tabula' );
		} else {
			/* translators: %s: länkande webbplats */
			$label = esc_html__( 'Pingback från %s', 'tabula' );
		}

		return sprintf( '<dt id="comment-%1$d">%2$s</dt>' . "\n" . '<dd>', $comment->comment_ID, sprintf( $label, $site ) );
	}

	/**
	 * Vanlig kommentar.
	 *
	 * @param WP_Comment $comment Kommentaren.
	 * @param int        $depth   Djup.
	 * @param array      $args    Argument.
	 * @return string
	 */
	protected function comment_markup( $comment, $depth, $args ) {
		$commenter          = wp_get_current_commenter();
		$show_pending_links = ! empty( $commenter['comment_author'] );
		$pending            = '0' === (string) $comment->comment_approved;

		$author = esc_html( get_comment_author( $comment ) );
		$url    = get_comment_author_url( $comment );
		if ( $url && ( ! $pending || $show_pending_links ) ) {
			$author = sprintf( '<a href="%1$s" rel="external nofollow ugc">%2$s</a>', esc_url( $url ), $author );
		}

		$when = sprintf(
			'<a href="%1$s"><time datetime="%2$s">%3$s</time></a>',
			esc_url( get_comment_link( $comment, $args ) ),
			esc_attr( get_comment_date( 'c', $comment ) ),
			esc_html( get_comment_date( tabula_comment_date_format(), $comment ) )
		);

		$out = sprintf(
			'<dt id="comment-%1$d">%2$s</dt>' . "\n" . '<dd>' . "\n",
			$comment->comment_ID,
			/* translators: 1: kommentatorns namn, 2: datum och tid */
			sprintf( __( '%1$s, %2$s', 'tabula' ), $author, $when )
		);

		if ( $pending ) {
			if ( $commenter['comment_author_email'] ) {
				$note = __( 'Din kommentar väntar på granskning.', 'tabula' );
			} else {
				$note = __( 'Din kommentar väntar på granskning. Det här är en förhandsvisning; kommentaren syns för andra när den har godkänts.', 'tabula' );
			}
			$out .= '<p><em>' . esc_html( $note ) . "</em></p>\n";
		}

		add_filter( 'comment_text', array( $this, 'filter_comment_text' ), 40, 2 );
		ob_start();
		comment_text( $comment, $args );
		$out .= ob_get_clean();
		remove_filter( 'comment_text', array( $this, 'filter_comment_text' ), 40 );

		$reply = get_comment_reply_link(
			array_merge(
				$args,
				array(
					'add_below'     => 'svar',
					'depth'         => $depth,
					'max_depth'     => $args['max_depth'],
					'reply_text'    => __( 'Svara', 'tabula' ),
					/* translators: %s: kommentatorns namn */
					'reply_to_text' => __( 'Svara %s', 'tabula' ),
					'login_text'    => __( 'Logga in för att svara', 'tabula' ),
					'before'        => '',
					'after'         => '',
				)
			),
			$comment
		);
		if ( $reply ) {
			$out .= sprintf( "\n" . '<p id="svar-%1$d">%2$s</p>' . "\n", $comment->comment_ID, $reply );
		}

		return $out;
	}
}
