<?php
/**
 * Quill - funktioner.
 *
 * Temat skrevs 2009 och har sedan dess bara fått de ändringar som behövts
 * för att det ska fortsätta fungera med nyare versioner av WordPress.
 *
 * @package Quill
 */

if ( ! isset( $content_width ) ) {
	$content_width = 500;
}

/**
 * Grundinställningar för temat.
 */
function quill_setup() {
	load_theme_textdomain( 'quill', get_template_directory() . '/languages' );

	add_theme_support( 'automatic-feed-links' );

	// Tillagt 2015 (WordPress 4.1), ersätter wp_title() i header.php.
	add_theme_support( 'title-tag' );

	// Tillagt 2010 (WordPress 2.9).
	add_theme_support( 'post-thumbnails' );
	set_post_thumbnail_size( 500, 0 );

	// Tillagt 2010 (WordPress 3.0). Utan meny visas sidorna som förut.
	register_nav_menu( 'primary', __( 'Huvudmeny', 'quill' ) );
}
add_action( 'after_setup_theme', 'quill_setup' );

/**
 * Skriptet som flyttar kommentarsformuläret när man svarar på en kommentar.
 */
function quill_enqueue_scripts() {
	if ( is_singular() && comments_open() && get_option( 'thread_comments' ) ) {
		wp_enqueue_script( 'comment-reply' );
	}
}
add_action( 'wp_enqueue_scripts', 'quill_enqueue_scripts' );

/**
 * Samma avgränsare i titeln som förr: "Inlägg « Bloggen".
 *
 * @param string $sep Avgränsare.
 * @return string
 */
function quill_title_separator( $sep ) {
	return '&laquo;';
}
add_filter( 'document_title_separator', 'quill_title_separator' );

/**
 * Reservmeny: sidorna i en enkel lista, med Startsida först.
 *
 * @param array $args Argument från wp_nav_menu().
 */
function quill_page_menu( $args = array() ) {
	wp_page_menu(
		array(
			'show_home'  => __( 'Startsida', 'quill' ),
			'depth'      => 1,
			'menu_class' => 'menu',
			'sort_column' => 'menu_order, post_title',
		)
	);
}

/**
 * Datumrubriken ovanför inlägget, som i Blogger: "måndag 14 september 2018".
 *
 * the_date() skriver bara ut datumet för det första inlägget varje dag,
 * så i listorna hamnar rubriken en gång per dag.
 */
function quill_date_header() {
	/* translators: datumformat för datumrubriken ovanför inläggen, se https://www.php.net/date */
	the_date( _x( 'l j F Y', 'date header format', 'quill' ), '<h2 class="date-header"><span>', "</span></h2>\n" );
}

/**
 * Raden längst ned i inlägget: "Skrivet av Maria kl. 16:40 i Ekonomi, Hyror | 3 kommentarer".
 */
function quill_postmetadata() {
	$author = sprintf(
		'<span class="author vcard"><a class="url fn n" href="%1$s" title="%2$s">%3$s</a></span>',
		esc_url( get_author_posts_url( get_the_author_meta( 'ID' ) ) ),
		/* translators: %s: författarens namn */
		esc_attr( sprintf( __( 'Alla inlägg av %s', 'quill' ), get_the_author() ) ),
		esc_html( get_the_author() )
	);

	$time = sprintf(
		'<a class="timestamp-link" href="%1$s" rel="bookmark" title="%2$s"><abbr class="published" title="%3$s">%4$s</abbr></a>',
		esc_url( get_permalink() ),
		esc_attr__( 'permanent länk', 'quill' ),
		esc_attr( get_the_time( 'c' ) ),
		/* translators: tidsformat för klockslaget i inläggets byline */
		esc_html( get_the_time( _x( 'H:i', 'byline time format', 'quill' ) ) )
	);

	/* translators: kommatecken mellan kategorierna */
	$categories = get_the_category_list( __( ', ', 'quill' ) );

	echo '<p class="byline">';
	if ( $categories ) {
		/* translators: 1: författare, 2: klockslag, 3: kategorier */
		printf( __( 'Skrivet av %1$s kl. %2$s i %3$s', 'quill' ), $author, $time, $categories );
	} else {
		/* translators: 1: författare, 2: klockslag */
		printf( __( 'Skrivet av %1$s kl. %2$s', 'quill' ), $author, $time );
	}

	if ( post_type_supports( get_post_type(), 'comments' ) ) {
		echo ' <span class="sep">|</span> ';
		comments_popup_link(
			__( 'Inga kommentarer', 'quill' ),
			__( '1 kommentar', 'quill' ),
			__( '% kommentarer', 'quill' ),
			'comments-link',
			__( 'Kommentarer avstängda', 'quill' )
		);
	}
	echo "</p>\n";

	the_tags( '<p class="meta tags">' . __( 'Etiketter:', 'quill' ) . ' ', __( ', ', 'quill' ), "</p>\n" );
}

/**
 * Utvald bild, om en sådan finns (visas inte för lösenordsskyddade inlägg).
 */
function quill_post_thumbnail() {
	if ( post_password_required() || is_attachment() || ! has_post_thumbnail() ) {
		return;
	}
	echo '<div class="postimage">';
	if ( is_singular() ) {
		the_post_thumbnail();
	} else {
		echo '<a href="' . esc_url( get_permalink() ) . '">';
		the_post_thumbnail();
		echo '</a>';
	}
	echo "</div>\n";
}

/**
 * Sidlänkar för inlägg som är uppdelade med <!--nextpage-->.
 */
function quill_link_pages() {
	wp_link_pages(
		array(
			'before'         => '<p class="pagelinks"><strong>' . __( 'Sidor:', 'quill' ) . '</strong> ',
			'after'          => '</p>',
			'next_or_number' => 'number',
		)
	);
}

/**
 * Återanrop för wp_list_comments(): en vanlig kommentar.
 *
 * "Birgitta skrev:", sedan texten, och sist en liten rad med kommentarens
 * permalänk (datum och tid) och svarslänken. Svar hamnar i en ol.children
 * inuti förälderns li; li-taggen stängs av WordPress.
 *
 * @param WP_Comment $comment Kommentaren.
 * @param array      $args    Argument.
 * @param int        $depth   Djup.
 */
function quill_comment( $comment, $args, $depth ) {
	$GLOBALS['comment'] = $comment;
	?>
	<li <?php comment_class( empty( $args['has_children'] ) ? '' : 'parent' ); ?> id="comment-<?php comment_ID(); ?>">
		<div id="div-comment-<?php comment_ID(); ?>" class="comment-body">
			<p class="comment-author vcard">
				<?php
				/* translators: %s: kommentatorns namn */
				printf( __( '%s skrev:', 'quill' ), '<cite class="fn">' . get_comment_author_link( $comment ) . '</cite>' );
				?>
			</p>
			<?php if ( '0' === (string) $comment->comment_approved ) : ?>
				<p class="moderation"><em><?php _e( 'Din kommentar väntar på granskning.', 'quill' ); ?></em></p>
			<?php endif; ?>

			<?php comment_text( $comment ); ?>

			<p class="comment-meta commentmetadata"><small><?php
				printf(
					'<a href="%1$s" title="%2$s">%3$s</a>',
					esc_url( get_comment_link( $comment, $args ) ),
					esc_attr__( 'Permanent länk till kommentaren', 'quill' ),
					/* translators: 1: datum, 2: klockslag */
					esc_html( sprintf( __( '%1$s kl. %2$s', 'quill' ), get_comment_date( _x( 'j F Y', 'comment date format', 'quill' ), $comment ), get_comment_time( _x( 'H:i', 'comment time format', 'quill' ) ) ) )
				);
				comment_reply_link(
					array_merge(
						$args,
						array(
							'add_below'  => 'div-comment',
							'depth'      => $depth,
							'max_depth'  => $args['max_depth'],
							'reply_text' => __( 'Svara', 'quill' ),
							'before'     => ' <span class="sep">|</span> <span class="reply">',
							'after'      => '</span>',
						)
					),
					$comment
				);
				?></small></p>
		</div>
	<?php
}

/**
 * Återanrop för wp_list_comments(): trackbacks och pingbacks.
 *
 * @param WP_Comment $comment Kommentaren.
 * @param array      $args    Argument.
 * @param int        $depth   Djup.
 */
function quill_ping( $comment, $args, $depth ) {
	$GLOBALS['comment'] = $comment;
	?>
	<li <?php comment_class(); ?> id="comment-<?php comment_ID(); ?>">
		<?php comment_author_link( $comment ); ?>
		<small>(<a href="<?php echo esc_url( get_comment_link( $comment, $args ) ); ?>"><?php echo esc_html( get_comment_date( _x( 'j F Y', 'comment date format', 'quill' ), $comment ) ); ?></a>)</small>
	<?php
}

/**
 * Fälten i kommentarsformuläret, som de såg ut i Kubrick:
 * rutan först och en liten etikett efter.
 *
 * @param array $fields Standardfälten.
 * @return array
 */
function quill_comment_form_fields( $fields ) {
	$commenter = wp_get_current_commenter();
	$req       = get_option( 'require_name_email' );
	$aria_req  = $req ? ' aria-required="true"' : '';
	$required  = $req ? ' ' . __( '(obligatoriskt)', 'quill' ) : '';

	$fields['author'] = '<p class="comment-form-author"><input type="text" name="author" id="author" value="' . esc_attr( $commenter['comment_author'] ) . '" size="22" maxlength="245"' . $aria_req . ' /> <label for="author"><small>' . __( 'Namn', 'quill' ) . $required . '</small></label></p>';
	$fields['email']  = '<p class="comment-form-email"><input type="text" name="email" id="email" value="' . esc_attr( $commenter['comment_author_email'] ) . '" size="22" maxlength="100"' . $aria_req . ' /> <label for="email"><small>' . ( $req ? __( 'E-post (obligatoriskt, publiceras inte)', 'quill' ) : __( 'E-post (publiceras inte)', 'quill' ) ) . '</small></label></p>';
	$fields['url']    = '<p class="comment-form-url"><input type="text" name="url" id="url" value="' . esc_attr( $commenter['comment_author_url'] ) . '" size="22" maxlength="200" /> <label for="url"><small>' . __( 'Webbplats', 'quill' ) . '</small></label></p>';

	return $fields;
}
add_filter( 'comment_form_default_fields', 'quill_comment_form_fields' );

/**
 * Sedan WordPress 4.4 kommer textrutan först i formuläret. Här flyttas den
 * tillbaka efter namn, e-post och webbplats, där den alltid har legat.
 *
 * @param array $fields Formulärets fält.
 * @return array
 */
function quill_comment_field_last( $fields ) {
	if ( ! isset( $fields['comment'] ) ) {
		return $fields;
	}
	$comment = $fields['comment'];
	unset( $fields['comment'] );

	$cookies = null;
	if ( isset( $fields['cookies'] ) ) {
		$cookies = $fields['cookies'];
		unset( $fields['cookies'] );
	}

	$fields['comment'] = $comment;
	if ( null !== $cookies ) {
		$fields['cookies'] = $cookies;
	}
	return $fields;
}
add_filter( 'comment_form_fields', 'quill_comment_field_last' );

/**
 * Inga emoji-skript: temat hämtar ingenting från andra servrar.
 */
remove_action( 'wp_head', 'print_emoji_detection_script', 7 );
remove_action( 'wp_print_styles', 'print_emoji_styles' );
