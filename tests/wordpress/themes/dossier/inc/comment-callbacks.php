<?php
/**
 * Egna callbacks för wp_list_comments().
 *
 * @package Dossier
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Datum för en kommentar som DateTimeImmutable i sajtens tidszon.
 *
 * @param WP_Comment $comment Kommentar.
 * @return DateTimeImmutable|false
 */
function dossier_comment_datetime( $comment ) {
	return date_create_immutable_from_format( 'Y-m-d H:i:s', $comment->comment_date, wp_timezone() );
}

/**
 * En kommentar. WordPress stänger själv </li>.
 *
 * @param WP_Comment $comment Kommentar.
 * @param array      $args    Argument från wp_list_comments().
 * @param int        $depth   Djup.
 */
function dossier_comment( $comment, $args, $depth ) {
	$commenter    = wp_get_current_commenter();
	$show_pending = ! empty( $commenter['comment_author'] );
	$is_pending   = '0' === (string) $comment->comment_approved;
	$has_children = ! empty( $args['has_children'] );
	$post         = get_post( $comment->comment_post_ID );
	$by_author    = $post && $comment->user_id && (int) $comment->user_id === (int) $post->post_author;
	$datetime     = dossier_comment_datetime( $comment );
	?>
	<li id="comment-<?php comment_ID(); ?>" <?php comment_class( $has_children ? 'parent' : '', $comment ); ?>>
		<article id="div-comment-<?php comment_ID(); ?>" class="comment-card">
			<header class="comment-card__header">
				<?php
				if ( 0 !== (int) $args['avatar_size'] ) {
					echo get_avatar( $comment, $args['avatar_size'], '', '', array( 'class' => 'comment-card__avatar' ) );
				}
				?>
				<div class="comment-card__who vcard">
					<cite class="comment-card__author fn">
						<?php
						if ( $is_pending && ! $show_pending ) {
							echo esc_html( get_comment_author( $comment ) );
						} else {
							echo get_comment_author_link( $comment ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
						}
						?>
					</cite>
					<?php if ( $by_author ) : ?>
						<span class="comment-card__badge"><?php esc_html_e( 'Skribent', 'dossier' ); ?></span>
					<?php endif; ?>
					<span class="comment-card__date">
						<a href="<?php echo esc_url( get_comment_link( $comment, $args ) ); ?>">
							<time datetime="<?php echo esc_attr( $datetime ? $datetime->format( 'c' ) : '' ); ?>"><?php echo esc_html( dossier_format_datetime( $datetime, true ) ); ?></time>
						</a>
					</span>
				</div>
			</header>

			<?php if ( $is_pending ) : ?>
				<p class="comment-card__pending">
					<?php
					if ( $commenter['comment_author_email'] ) {
						esc_html_e( 'Din kommentar väntar på granskning.', 'dossier' );
					} else {
						esc_html_e( 'Din kommentar väntar på granskning. Det här är en förhandsvisning som bara du ser; kommentaren blir synlig för andra när den har godkänts.', 'dossier' );
					}
					?>
				</p>
			<?php endif; ?>

			<div class="comment-card__text">
				<?php comment_text( $comment ); ?>
			</div>

			<footer class="comment-card__actions">
				<?php
				if ( ! $is_pending || $show_pending ) {
					comment_reply_link(
						array_merge(
							$args,
							array(
								'add_below'  => 'div-comment',
								'depth'      => $depth,
								'max_depth'  => $args['max_depth'],
								'reply_text' => __( 'Svara', 'dossier' ),
								/* translators: %s: kommentarens författare */
								'reply_to_text' => __( 'Svara %s', 'dossier' ),
								'before'     => '<span class="comment-card__reply">',
								'after'      => '</span>',
							)
						),
						$comment
					);
				}
				edit_comment_link( __( 'Redigera', 'dossier' ), '<span class="comment-card__edit">', '</span>' );
				?>
			</footer>
		</article>
	<?php
}

/**
 * Pingbacks och trackbacks – visas som en kompakt lista "Omnämnanden".
 *
 * @param WP_Comment $comment Kommentar.
 * @param array      $args    Argument.
 * @param int        $depth   Djup.
 */
function dossier_ping( $comment, $args, $depth ) {
	$datetime = dossier_comment_datetime( $comment );
	$type     = 'trackback' === $comment->comment_type ? 'Trackback' : 'Pingback';
	?>
	<li id="comment-<?php comment_ID(); ?>" <?php comment_class( 'mention', $comment ); ?>>
		<span class="mention__type"><?php echo esc_html( $type ); ?></span>
		<span class="mention__source"><?php echo get_comment_author_link( $comment ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped ?></span>
		<time class="mention__date" datetime="<?php echo esc_attr( $datetime ? $datetime->format( 'c' ) : '' ); ?>"><?php echo esc_html( dossier_format_datetime( $datetime ) ); ?></time>
		<?php edit_comment_link( __( 'Redigera', 'dossier' ), '<span class="mention__edit">', '</span>' ); ?>
	<?php
}
