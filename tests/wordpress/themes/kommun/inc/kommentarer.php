<?php
/**
 * Kommentarer: egen callback och walker.
 *
 * @package Kommun
 */

/**
 * Walker som märker upp svar som en egen lista "Svar".
 */
class Kommun_Kommentar_Walker extends Walker_Comment {

	public function start_lvl( &$output, $depth = 0, $args = array() ) {
		$GLOBALS['comment_depth'] = $depth + 1;
		$output .= '<ul class="kommentar-svar" aria-label="Svar">' . "\n";
	}

	public function end_lvl( &$output, $depth = 0, $args = array() ) {
		$GLOBALS['comment_depth'] = $depth + 1;
		$output .= "</ul><!-- .kommentar-svar -->\n";
	}
}

/**
 * Callback för en kommentar.
 *
 * @param WP_Comment $comment Kommentaren.
 * @param array      $args    Argument.
 * @param int        $depth   Djup.
 */
function kommun_kommentar( $comment, $args, $depth ) {
	$id = (int) $comment->comment_ID;
	?>
	<li id="li-comment-<?php echo $id; ?>" class="kommentarlista__post djup-<?php echo (int) $depth; ?><?php echo $comment->user_id && (int) $comment->user_id === (int) get_post_field( 'post_author', $comment->comment_post_ID ) ? ' kommentarlista__post--skribent' : ''; ?>">
		<article id="comment-<?php echo $id; ?>" class="kommentar" aria-labelledby="kommentar-<?php echo $id; ?>-forfattare">
			<header class="kommentar__huvud">
				<h3 id="kommentar-<?php echo $id; ?>-forfattare" class="kommentar__forfattare"><?php echo get_comment_author_link( $comment ); ?></h3>
				<p class="kommentar__datum">
					<a href="<?php echo esc_url( get_comment_link( $comment, $args ) ); ?>"><?php echo esc_html( kommun_kort_datum( $comment ) ); ?></a>
				</p>
			</header>

			<?php if ( '0' === $comment->comment_approved ) : ?>
				<p class="kommentar__granskning">Din kommentar väntar på granskning. Den visas för andra när den har godkänts.</p>
			<?php endif; ?>

			<div class="kommentar__text">
				<?php comment_text( $comment ); ?>
			</div>

			<?php
			comment_reply_link( array_merge( $args, array(
				'add_below'     => 'comment',
				'depth'         => $depth,
				'max_depth'     => $args['max_depth'],
				'reply_text'    => 'Svara',
				'reply_to_text' => 'Svara på kommentaren från %s',
				'login_text'    => 'Logga in för att svara',
				'before'        => '<p class="kommentar__svara">',
				'after'         => '</p>',
			) ), $comment );

			edit_comment_link( 'Redigera', '<p class="kommentar__redigera">', '</p>', $comment );
			?>
		</article>
	<?php
	// </li> stängs av walkern.
}

/**
 * Antal godkända vanliga kommentarer (utan pingbacks/trackbacks).
 *
 * @param int|null $post_id Inlägg.
 * @return int
 */
function kommun_antal_kommentarer( $post_id = null ) {
	return (int) get_comments( array(
		'post_id' => $post_id ? $post_id : get_the_ID(),
		'type'    => 'comment',
		'status'  => 'approve',
		'count'   => true,
	) );
}

/**
 * Godkända pingbacks och trackbacks för ett inlägg.
 *
 * @param int|null $post_id Inlägg.
 * @return WP_Comment[]
 */
function kommun_omnamnanden( $post_id = null ) {
	return get_comments( array(
		'post_id' => $post_id ? $post_id : get_the_ID(),
		'type'    => 'pings',
		'status'  => 'approve',
		'orderby' => 'comment_date_gmt',
		'order'   => 'ASC',
	) );
}

/**
 * Kommentarsnavigering: "Föregående / Nästa / Sida 2 av 4".
 */
function kommun_kommentarsnavigering() {
	$totalt = (int) get_comment_pages_count();
	if ( $totalt < 2 || ! get_option( 'page_comments' ) ) {
		return;
	}
	$aktuell = (int) get_query_var( 'cpage' );
	if ( ! $aktuell ) {
		$aktuell = ( 'newest' === get_option( 'default_comments_page' ) ) ? $totalt : 1;
	}

	echo '<nav class="sidnumrering sidnumrering--kommentarer rs_skip" aria-label="Sidnumrering för kommentarer">';
	$foregaende = get_previous_comments_link( 'Föregående' );
	if ( $foregaende ) {
		echo str_replace( '<a ', '<a class="sidnumrering__foregaende" ', $foregaende ); // phpcs:ignore WordPress.Security.EscapeOutput
	}
	printf( '<span class="sidnumrering__sida">Sida %d av %d</span>', (int) $aktuell, (int) $totalt );
	$nasta = get_next_comments_link( 'Nästa' );
	if ( $nasta ) {
		echo str_replace( '<a ', '<a class="sidnumrering__nasta" ', $nasta ); // phpcs:ignore WordPress.Security.EscapeOutput
	}
	echo '</nav>';
}
